class Config:
    debug = False
    level = 1
    tags = []
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

a = Config()
b = Config(debug=True, level=5)
print(a.debug, a.level, b.debug, b.level, Config.debug)
Config.level = 2
print(a.level, b.level)
a.tags.append("shared")
print(b.tags, Config.tags)
a.tags = ["own"]
print(a.tags, b.tags)
del a.tags
print(a.tags)
print(sorted(vars(b)), "level" in vars(a))
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.instances, Sub.instances)
class Outer:
    class Inner:
        value = "inner"
        def get(self):
            return self.value
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().get(), Outer.Inner.__name__)
class Dynamic:
    pass
for i in range(3):
    setattr(Dynamic, "attr%d" % i, i * 10)
print(Dynamic.attr0, Dynamic.attr2, Dynamic().attr1)
def method(self):
    return "added later"
Dynamic.m = method
print(Dynamic().m())
obj = Dynamic()
obj.m = lambda: "instance override"
print(obj.m(), Dynamic().m())
class WithNone:
    x = None
print(WithNone.x is None, getattr(WithNone(), "x", "missing"))
class Chain:
    def __init__(self):
        self.val = 0
    def add(self, n):
        self.val += n
        return self
print(Chain().add(1).add(2).add(3).val)
