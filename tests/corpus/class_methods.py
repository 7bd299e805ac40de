class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024), Date(1, 1, 1).is_leap(2023))
print(Date.created)
d = MyDate(2020, 1, 2)
print(d.from_string("2001-1-1"))
print(type(d.from_string("2001-1-1")).__name__)

class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.n, SubCounter.n)

class Util:
    @staticmethod
    def add(a, b):
        return a + b
    mul = staticmethod(lambda a, b: a * b)
    def twice(x):
        return x * 2
    twice = staticmethod(twice)
print(Util.add(1, 2), Util().add(3, 4), Util.mul(5, 6), Util.twice(7))

class Factory:
    registry = []
    def __init__(self, v):
        self.v = v
    @classmethod
    def create_many(cls, *vs):
        objs = [cls(v) for v in vs]
        cls.registry.extend(objs)
        return objs
print([o.v for o in Factory.create_many(1, 2, 3)], len(Factory.registry))
print(callable(Date.from_string), callable(Date.is_leap))
