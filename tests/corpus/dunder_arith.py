class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k * 100, self.y * k * 100)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(abs(self.x), abs(self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a)
print(a + 10, 10 + a)
print(-a, +Vec(-5, 6), abs(b))
print(b / 2, b // 2, b % 3, a ** 3, a @ b)
print(sum([a, b, Vec(10, 10)], Vec(0, 0)))
print(sum([a, b]))
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)

class Num:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Num(self.v & o.v)
    def __or__(self, o): return Num(self.v | o.v)
    def __xor__(self, o): return Num(self.v ^ o.v)
    def __lshift__(self, n): return Num(self.v << n)
    def __rshift__(self, n): return Num(self.v >> n)
    def __invert__(self): return Num(~self.v)
    def __rsub__(self, o): return Num(o - self.v)
    def __rtruediv__(self, o): return Num(o / self.v)
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __index__(self): return self.v
    def __repr__(self): return "Num(%r)" % self.v
x, y = Num(12), Num(10)
print(x & y, x | y, x ^ y, x << 2, x >> 1, ~x)
print(100 - x, 6 / x, int(x), float(x))
print([0, 1, 2, 3, 4][Num(3)], hex(Num(255)), bin(Num(5)))
print(divmod(7, 2))
