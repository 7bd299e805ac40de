# Class attributes that change after they were looked up: assignment, deletion, shadowing
# in a base after a subclass looked through it, replaced methods and dunders, and many
# short-lived classes with the same attribute names.
class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


x = Leaf()
out = []
for step in range(6):
    out.append((x.kind, x.who()))
    if step == 0:
        Mid.kind = "mid"
    elif step == 1:
        Leaf.who = lambda self: "Leaf.who"
    elif step == 2:
        del Mid.kind
    elif step == 3:
        Base.kind = "base2"
        del Leaf.who
    elif step == 4:
        setattr(Base, "who", lambda self: "patched")
print(out)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o.v)


a, b = Num(1), Num(2)
print((a + b).v)
Num.__add__ = lambda self, o: Num(self.v * 10 + o.v)
print((a + b).v)
del Num.__add__
try:
    a + b
except TypeError as e:
    print("TypeError", e)

# Many classes made and dropped in a loop: each sees only its own attributes.
seen = []
for i in range(300):
    C = type("C%d" % i, (), {"n": i, "get": lambda self: self.n * 2})
    c = C()
    seen.append(c.get() + c.n)
    if i % 50 == 0:
        C.n = -1
        seen.append(c.get())
print(sum(seen), seen[:6], seen[-3:])

# An instance attribute shadows the class attribute, and the class attribute comes back.
class Shadow:
    val = "class"


s = Shadow()
r = [s.val]
s.val = "instance"
r.append(s.val)
del s.val
r.append(s.val)
Shadow.val = "class2"
r.append(s.val)
print(r)


# Properties added after instances were used.
class P:
    def __init__(self):
        self._x = 5


p = P()
print(hasattr(p, "x"))
P.x = property(lambda self: self._x * 3)
print(p.x)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError")
