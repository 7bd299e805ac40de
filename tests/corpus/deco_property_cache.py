def cached_property(fn):
    name = "_cache_" + fn.__name__
    def getter(self):
        if not hasattr(self, name):
            print("computing", fn.__name__)
            setattr(self, name, fn(self))
        return getattr(self, name)
    return property(getter)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        return 3.14159 * self.r ** 2
    @cached_property
    def circumference(self):
        return 2 * 3.14159 * self.r

c = Circle(2)
print(c.area)
print(c.area)
print(c.circumference, c.circumference)
d = Circle(1)
print(d.area)

def typed(**types):
    def deco(cls):
        orig_init = cls.__init__
        def __init__(self, *a, **kw):
            orig_init(self, *a, **kw)
            for k, t in types.items():
                if not isinstance(getattr(self, k), t):
                    raise TypeError("%s must be %s" % (k, t.__name__))
        cls.__init__ = __init__
        return cls
    return deco

@typed(name=str, age=int)
class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age
print(Person("ann", 3).name)
try:
    Person("bob", "old")
except TypeError as e:
    print("TypeError:", e)
def debug_methods(cls):
    for name in list(vars(cls)):
        val = getattr(cls, name)
        if callable(val) and not name.startswith("__"):
            def make(fn, name=name):
                def w(*a):
                    r = fn(*a)
                    print("called", name, "->", r)
                    return r
                return w
            setattr(cls, name, make(val))
    return cls
@debug_methods
class Math:
    def double(self, x):
        return 2 * x
    def square(self, x):
        return x * x
m = Math()
m.double(4); m.square(5)
