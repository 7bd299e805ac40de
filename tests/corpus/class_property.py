class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError:
    print("AttributeError: read-only")
del t.celsius
print(t.celsius)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)

class P:
    def getx(self):
        return self._x * 2
    def setx(self, v):
        self._x = v
    x = property(getx, setx)
p = P()
p.x = 5
print(p.x, p._x)
print(type(P.__dict__['x']).__name__)

class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived+" + super().name
print(Derived().name)

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
r = Rect(3, 4)
print(r.area)
r.w = 10
print(r.area)
