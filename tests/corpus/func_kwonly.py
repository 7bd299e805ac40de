def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=1, b=5))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError")

try:
    f(1)
except TypeError as e:
    print("TypeError missing")

def g(*args, key=None, reverse=False):
    items = list(args)
    items.sort(key=key, reverse=reverse)
    return items

print(g(3, 1, 2))
print(g(3, 1, 2, reverse=True))
print(g("bb", "a", "ccc", key=len))
print(g("bb", "a", "ccc", key=len, reverse=True))

def h(a, b=1, *rest, flag=False, **extra):
    return a, b, rest, flag, sorted(extra.items())

print(h(1))
print(h(1, 2, 3, 4))
print(h(1, 2, 3, flag=True, z=1, y=2))
print(h(a=5, flag=1))

def only_kw(*, x, y):
    return x - y
print(only_kw(x=10, y=3))
print(only_kw(y=10, x=3))
kw = {'x': 100, 'y': 1}
print(only_kw(**kw))
