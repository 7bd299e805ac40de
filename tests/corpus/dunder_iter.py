class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1

print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
for x in Countdown(2):
    print("loop", x)

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1

r = Range2(4)
print(list(r), list(r))
print(sum(Range2(10)), max(Range2(5)), sorted(Range2(3), reverse=True))
print([a + b for a in Range2(2) for b in Range2(2)])
it = iter(Range2(3))
print(type(it).__name__, next(it), next(it))
print(3 in Countdown(5), 9 in Countdown(5))
a, b, c = Countdown(3)
print(a, b, c)
print(dict(zip(Countdown(3), "abc")))
print(list(enumerate(Countdown(3), 1)))

class Linked:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.v
            node = node.nxt
lst = Linked(1, Linked(2, Linked(3)))
print(list(lst), tuple(lst), "-".join(str(v) for v in lst))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 5
try:
    for _ in BadIter():
        pass
except TypeError:
    print("TypeError from bad __iter__")
