def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _c(o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return self._c(o) - self
    def __mul__(self, o):
        o = self._c(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return self._c(o) / self
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __pow__(self, e):
        return Frac(self.n ** e, self.d ** e) if e >= 0 else Frac(self.d ** -e, self.n ** -e)
    def __eq__(self, o):
        o = self._c(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = self._c(o)
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)

a, b = Frac(1, 3), Frac(1, 6)
print(a + b, a - b, a * b, a / b, -a, a ** 2, a ** -2, 1 + a, 1 - a, 2 * a, 1 / a)
print(a == Frac(2, 6), a < b, b < a, a <= a, Frac(3) == 3, Frac(4, -8), float(Frac(1, 8)))
h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
print(h, float(h))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 4)]), max(Frac(5, 7), Frac(7, 10)))
print(sum([Frac(1, 2 ** k) for k in range(1, 20)], Frac(0)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
e = Frac(0)
fact = 1
for k in range(15):
    e = e + Frac(1, fact)
    fact *= k + 1
print(e, round(float(e), 12))
try:
    Frac(1, 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
