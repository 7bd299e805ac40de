def add_method(cls):
    def describe(self):
        return type(self).__name__ + " with " + str(sorted(vars(self).items()))
    cls.describe = describe
    return cls

@add_method
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2).describe())

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@CountCalls
def mul(a, b):
    return a * b
print(mul(3, 4), mul(5, 6))
print(mul.calls)
print(type(mul).__name__)

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)

def validate(*types):
    def deco(fn):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("bad arg " + repr(a))
            return fn(*args)
        return w
    return deco

@validate(int, str)
def rep(n, s):
    return s * n
print(rep(3, "ab"))
try:
    rep("3", "ab")
except TypeError as e:
    print("TypeError:", e)

class Tagger:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self, fn):
        def w(*a):
            return self.tag + ":" + str(fn(*a))
        return w

@Tagger("res")
def compute(x):
    return x + 1
print(compute(41))

class Meths:
    def deco(fn):
        def w(self, *a):
            return "[" + fn(self, *a) + "]"
        return w
    @deco
    def name(self):
        return "meths"
print(Meths().name())
