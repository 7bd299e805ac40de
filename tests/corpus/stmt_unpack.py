a, b = 1, 2
a, b = b, a
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
[x, y] = "xy"
print(x, y)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
for head, *tail in [[1, 2, 3], [4], "ab"]:
    print(head, tail)
print([*range(3), *"ab", *[None]])
print((*[1, 2], 3))
s = {*[1, 2], *(2, 3)}
print(sorted(s))
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1, "z": 0})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], *(3,), **d1, **{"q": 9}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError")
x = y = z = 7
print(x, y, z)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
(a, (b, (c, d))) = 1, (2, (3, 4))
print(a, b, c, d)
k, v = max({"x": 3, "y": 9}.items(), key=lambda kv: kv[1])
print(k, v)
a, b, c = {"one": 1, "two": 2, "three": 3}
print(a, b, c)
t = 1,
print(t, len(t))
