class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)

d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), sorted(s, key=lambda k: k.a))
print(Key(1, 2) == Key(1, 2), Key(1, 2) == (1, 2), Key(1, 2) != Key(1, 3))
print([Key(0, 0), Key(1, 1)].index(Key(1, 1)), [Key(3, 3)].count(Key(3, 3)))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class IdentityOnly:
    pass
x, y = IdentityOnly(), IdentityOnly()
dd = {x: 1, y: 2}
print(dd[x], dd[y], len(dd), x == y, x == x)
class Rank:
    order = ["low", "mid", "high"]
    def __init__(self, v):
        self.v = v
    def _i(self):
        return self.order.index(self.v)
    def __lt__(self, o): return self._i() < o._i()
    def __le__(self, o): return self._i() <= o._i()
    def __gt__(self, o): return self._i() > o._i()
    def __ge__(self, o): return self._i() >= o._i()
    def __eq__(self, o): return self.v == o.v
    __hash__ = None
    def __repr__(self): return self.v
rs = [Rank("high"), Rank("low"), Rank("mid"), Rank("low")]
print(sorted(rs), max(rs), Rank("low") <= Rank("low"), Rank("mid") >= Rank("high"))
try:
    hash(Rank("low"))
except TypeError:
    print("TypeError: unhashable Rank")
