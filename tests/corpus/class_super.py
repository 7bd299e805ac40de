class Base:
    def __init__(self, **kw):
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "Base.make(" + cls.__name__ + ")"

class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()

class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Bottom")
    def hello(self):
        return "Bottom>" + super().hello()
    @classmethod
    def make(cls):
        return "Bottom:" + super().make()

b = Bottom(left=1, right=2)
print(b.trail, b.left, b.right)
print(b.hello())
print(Bottom.make())
print(super(Left, b).hello())
print(super(Bottom, b).hello())
print(super(Right, b).hello())
print(Left.hello(b))

class Two(Left):
    def hello(self):
        return "Two>" + super(Two, self).hello()
print(Two().hello())

class Skip(Left):
    def hello(self):
        return "Skip>" + super(Left, self).hello()
print(Skip().hello())

class Str(str):
    def shout(self):
        return self.upper() + "!"
    def __len__(self):
        return super().__len__() * 10
s = Str("hey")
print(s.shout(), len(s), s + "x")

class MyList(list):
    def append(self, x):
        super().append(x * 2)
ml = MyList([1])
ml.append(5)
print(ml, len(ml), type(ml).__name__)

class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
md = MyDict(a=1)
print(md["A"])
