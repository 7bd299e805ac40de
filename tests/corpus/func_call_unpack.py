def show(a, b, c=0, *rest, d=None, **kw):
    return "a=%r b=%r c=%r rest=%r d=%r kw=%r" % (a, b, c, rest, d, sorted(kw.items()))
print(show(1, 2))
print(show(*[1, 2, 3, 4, 5]))
print(show(*"xy", d=4))
print(show(1, *(2, 3), *[4], d=5, e=6))
print(show(**{"a": 1, "b": 2, "z": 26}))
print(show(1, **{"b": 2}, **{"c": 3}))
args = (10, 20)
kwargs = {"d": "D", "extra": True}
print(show(*args, 30, 40, **kwargs))
print(show(*range(3), *range(3, 5)))
print(show(*{"k1": 1, "k2": 2}))
try:
    show(1, 2, **{"a": 5})
except TypeError:
    print("TypeError: multiple values for a")
try:
    show(1)
except TypeError:
    print("TypeError: missing b")
def kw_only(*, x=1, y=2):
    return x, y
print(kw_only(), kw_only(**{"y": 5}))
print(max(*[1, 5, 3]), min(*"zyx"), print(*[], sep=","))
def gen():
    yield 1
    yield 2
print(show(*gen()))
pairs = [(1, 2), (3, 4)]
print([show(*p) for p in pairs])
