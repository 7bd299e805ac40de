n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
a, b = 0, 1
fibs = []
while b < 1000:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(v) for v in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127]])
stack = [1]
seen = []
while stack:
    v = stack.pop()
    if v > 20 or v in seen:
        continue
    seen.append(v)
    stack.extend([v * 2, v * 3])
print(sorted(seen))
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print(i, j, end="; ")
        j += 1
    i += 1
print()
count = 0
while True:
    count += 1
    if count % 7 == 0 and count % 5 == 0:
        break
print(count)
digits = []
num = 9876543210
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits)
