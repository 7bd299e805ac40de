x = 1; y = 2; z = x + y
print(x, y, z)
if x: pass
for _ in range(2): pass
while False: pass
class Empty: pass
def nothing(): ...
print(nothing(), Empty.__name__, ...)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
i = j = 0
i += 1
print(i, j)
l = [0, 1, 2]
i = 0
i, l[i] = 2, 9
print(i, l)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] = d.get("k", 0) + 1
print(d)
n = 3
s = "" if n < 0 else "pos"
print(s)
long_expr = (1 +
             2 +
             3)
print(long_expr)
total = 1 + \
    2
print(total)
items = [
    1,
    2,
]
print(items, len(items))
def f(a,
      b=2,
      ):
    return a + b
print(f(1,))
print((1, 2)[
    1
])
print(type(...).__name__, ... is Ellipsis)
t = 5,
print(t)
if (n := 10) > 5: print("walrus in if", n)
print("semicolon"); print("separated")
