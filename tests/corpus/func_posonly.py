def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError:
    print("b is positional-only")

def g(x, /, **kw):
    return x, sorted(kw.items())

print(g(1, x=2))
print(g(0))

def h(a, /, b=5):
    return a + b
print(h(1))
print(h(1, 2))
print(h(1, b=10))

def pw(base, exp=2, /):
    return base ** exp
print(pw(3))
print(pw(2, 10))
try:
    pw(base=2)
except TypeError:
    print("TypeError for keyword base")
print(divmod(17, 5))
