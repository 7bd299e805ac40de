x = "outer"
res = [x for x in range(3)]
print(res, x)
y = 10
print([y * i for i in range(3)])
def f():
    n = 3
    return [i * n for i in range(4)]
print(f())
def g():
    items = [lambda: i for i in range(3)]
    return [it() for it in items]
print(g())
def h():
    items = [lambda i=i: i for i in range(3)]
    return [it() for it in items]
print(h())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(C.doubled, C.total)
i = "unchanged"
gen = (i for i in range(2))
print(list(gen), i)
d = {i: i for i in range(2)}
print(d, i)
s = {i for i in range(2)}
print(sorted(s), i)
def walrus():
    data = [1, 5, 3, 8, 2]
    big = [last := v for v in data if v > 2]
    return big, last
print(walrus())
def nested_scope():
    a = 1
    return [[a + b + c for c in range(2)] for b in range(2)]
print(nested_scope())
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([[j for j in range(i)] for i in range(4)])
