class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(100)
print(list(f), list(f), sum(f), max(f), 55 in f, 56 in f)
it = iter(f)
print(next(it), next(it), next(it), list(it), next(it, "end"))
print(list(zip(Fib(10), Fib(10))), sorted(Fib(20), reverse=True))
print(dict(enumerate(Fib(5))), set(Fib(5)) == {0, 1, 2, 3, 5}, tuple(Fib(3)))
a, b, *rest = Fib(30)
print(a, b, rest)
print([x * 2 for x in Fib(8)], list(map(str, Fib(8))), list(filter(lambda x: x % 2, Fib(40))))
print("-".join(str(x) for x in Fib(50)), min(Fib(50), key=lambda v: abs(v - 10)))
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(GetItemOnly()), 20 in GetItemOnly(), [v for v in GetItemOnly()])
it2 = iter([1, 2, 3])
for x in it2:
    if x == 1:
        print("skipping", next(it2))
    else:
        print("x", x)
r = iter(range(5))
print(list(zip(r, r)))
