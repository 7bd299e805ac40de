for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 5
print("big" if x > 3 else "small", (1 if x else 2) + 10)
print([("F" if i % 3 == 0 else "") + ("B" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])

data = [4, 7, 1, 9, 3]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
i = 0
while (i := i + 1) <= 5:
    total += i
print(total, i)
print([y for x in range(6) if (y := x * x) % 2 == 0])
def read_chunks(src, size):
    pos = 0
    out = []
    while chunk := src[pos:pos + size]:
        out.append(chunk)
        pos += size
    return out
print(read_chunks("abcdefghij", 3))
print((z := 10) + z, z)
vals = [1, 2, 3]
print(sum(w for v in vals if (w := v * 10) > 10))
def f():
    if (m := max(data)) > 5:
        return m
print(f())
a = 0
b = a or "default"
c = a and "never"
print(b, c, 3 and 4, 0 or [] or "last", None or 0)
print(1 if [] else 2, 1 if [0] else 2, "" or "empty", "s" and "t")
