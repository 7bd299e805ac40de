sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 42)())
print((lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
fs = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda s: s.upper(), ["a", "bc"])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(5)])
print((lambda x: (lambda y: x * y))(6)(7))
print(type(sq).__name__)
print(sq.__name__)
def named(x): return x
print(named.__name__)
