class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __reversed__(self):
        print("custom reversed")
        return iter(self.cards[::-1])
    def __iter__(self):
        return iter(self.cards)
d = Deck("A23456789TJQK")
print(len(d), d[0], d[-1], d[2:5], list(reversed(d))[:3], "Q" in d, "X" in d)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(10)[Idx(3)])
class OnlyIter:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in OnlyIter(), 5 in OnlyIter(), sorted(OnlyIter(), reverse=True))
class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
print(4 in Contains(), 3 in Contains(), 3 not in Contains())
class BoolLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print([bool(BoolLen(n)) for n in (0, 1, 5)], "yes" if BoolLen(0) else "no")
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __round__(self, n=None):
        return round(self.v, n)
    def __repr__(self):
        return "Num(%r)" % self.v
print(int(Num(3.7)), float(Num(2)), abs(Num(-4)), round(Num(2.567), 1), round(Num(2.5)))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __ge__(self, o):
        print("ge called")
        return self.v >= o.v
print(Cmp(1) <= Cmp(2))
