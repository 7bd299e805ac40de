def f(**kw):
    return sorted(kw.items())

print(f())
print(f(a=1))
print(f(b=2, a=1, c=3))
d = {'x': 1, 'y': 2}
print(f(**d))
print(f(**d, z=3))
print(f(**{'p': 0}, **{'q': 1}))

def g(a, **kw):
    return a, kw

r = g(1, b=2, c=3)
print(r[0], list(r[1].keys()), list(r[1].values()))
print(g(a=5))
print(g(**{'a': 7, 'k': 8}))

def order(**kw):
    return list(kw)
print(order(z=1, y=2, x=3, w=4))

def mix(a, b=2, *args, c, d=4, **kw):
    return [a, b, args, c, d, sorted(kw)]
print(mix(1, c=3))
print(mix(1, 2, 3, 4, c=5, e=6, f=7))
print(mix(c=1, a=2, x=9))

try:
    g(1, a=2)
except TypeError:
    print("duplicate a -> TypeError")

def build(**kw):
    kw['extra'] = True
    return kw
src = {'k': 1}
out = build(**src)
print(src, sorted(out.items()))
