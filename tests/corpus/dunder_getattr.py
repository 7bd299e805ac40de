class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(name)

d = Dyn()
print(d.real)
print(d.get_foo())
print(hasattr(d, "get_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "missing", "default"))

class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

r = Recorder()
r.a = 1
r.b = "two"
r.a += 1
del r.b
print(r.log)
print(r.a, hasattr(r, "b"))

class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls)

class Defaults:
    x = 10
    def __getattr__(self, name):
        return "fallback:" + name
dd = Defaults()
dd.y = 5
print(dd.x, dd.y, dd.z)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
fz = Frozen(3)
try:
    fz.v = 4
except AttributeError as e:
    print("AttributeError:", e)
print(fz.v)
