class Res:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Res.opened.append(self.name)
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        Res.opened.remove(self.name)
        print("close", self.name, exc[0].__name__ if exc[0] else "ok")

with Res("a") as a:
    print("using", a.name, Res.opened)
print(Res.opened)

with Res("x") as x, Res("y") as y:
    print("inside", Res.opened)
print(Res.opened)

def use():
    with Res("f"):
        return "ret from with"
print(use())

try:
    with Res("err"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    {}["missing"]
print("KeyError suppressed")
with Suppress(KeyError) as nothing:
    print("nothing is", nothing)
try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError:", e)

for i in range(3):
    with Res("loop"):
        if i == 1:
            break
print("after loop")
with Res("tuple") as (t):
    print(t.name)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (p, q):
    print(p, q)
