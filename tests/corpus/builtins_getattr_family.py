class Obj:
    cls_attr = "class-level"
    def __init__(self):
        self.a = 1
    def method(self):
        return "method result"
o = Obj()
for name in ["a", "cls_attr", "method", "missing"]:
    print(name, hasattr(o, name), getattr(o, name, "<default>") if name != "method" else getattr(o, name)())
setattr(o, "b", [1, 2])
setattr(o, "a", getattr(o, "a") + 10)
print(o.a, o.b, sorted(vars(o)))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    delattr(o, "nope")
except AttributeError:
    print("AttributeError on delattr")
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
setattr(Obj, "added", staticmethod(lambda: "static added"))
print(o.added(), Obj.added())
fields = {"x": 1, "y": 2, "z": 3}
p = Obj()
for k, v in fields.items():
    setattr(p, k, v * 100)
print([getattr(p, k) for k in fields], getattr(p, "x") + getattr(p, "z"))
print(getattr([], "append") is not None, getattr("abc", "upper")(), getattr(5, "bit_length")())
print(hasattr("s", "join"), hasattr(1, "join"), hasattr(None, "x"), hasattr(Obj, "method"))
mod_like = type(o)
print(getattr(mod_like, "__name__"), getattr(o, "__class__") is Obj)
print(callable(getattr(o, "method")), getattr(Obj, "cls_attr"))
