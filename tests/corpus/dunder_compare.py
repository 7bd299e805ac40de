class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        if not isinstance(o, V):
            return NotImplemented
        return self.n == o.n
    def __lt__(self, o):
        print("lt", self.n, getattr(o, "n", o))
        if isinstance(o, V):
            return self.n < o.n
        return self.n < o
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        print("gt", self.n, getattr(o, "n", o))
        if isinstance(o, V):
            return self.n > o.n
        return self.n > o
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return "V%d" % self.n

a, b = V(1), V(2)
print(a == b)
print(a == V(1))
print(a != b)
print(a < b)
print(a > b)
print(a <= b)
print(5 > a)
print(5 < a)
print(a == 1)
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(5), V(2)], key=lambda v: v.n))

class OnlyEq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.k == o.k
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq(1).__hash__ is None)

class Ident:
    pass
x = Ident()
print(x == x, x == Ident(), x != Ident())
print(x in [Ident(), x], Ident() in [x])
print(V(1) in [V(0), V(1)])
