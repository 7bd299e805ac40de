class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(5), callable("s"), callable(print))
print(list(map(add5, [1, 2, 3])))

class Poly:
    def __init__(self, *coef):
        self.coef = coef
    def __call__(self, x):
        r = 0
        for c in self.coef:
            r = r * x + c
        return r
p = Poly(1, 0, -1)
print([p(x) for x in range(-2, 3)])

class Chain:
    def __init__(self):
        self.parts = []
    def __call__(self, part):
        self.parts.append(part)
        return self
    def __str__(self):
        return ".".join(self.parts)
print(Chain()("a")("b")("c"))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *a):
        if a not in self.cache:
            self.cache[a] = self.fn(*a)
        return self.cache[a]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

class Meth:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
m = Meth(3)
g = m.get
print(g(), callable(g))
print(type(Meth).__name__, type(m).__name__)
