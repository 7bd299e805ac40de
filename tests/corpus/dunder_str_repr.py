class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % (self.x,)

class Q(P):
    def __str__(self):
        return "Q with " + str(self.x)

p = P("s")
q = Q([1, 'a'])
print(p, q)
print(str(p), repr(p), str(q), repr(q))
print([p, q])
print((p,), {1: q})
print("%s %r" % (q, q))
print("{} {!r} {!s}".format(q, q, p))
print(f"{q} {q!r}")

class Fmt:
    def __format__(self, spec):
        return "Fmt<" + spec + ">"
    def __str__(self):
        return "FmtStr"
f = Fmt()
print(format(f, "abc"), "{:xyz}".format(f), f"{f:>5}", f"{f}", str(f))

class Len:
    def __len__(self):
        return 42
print(len(Len()))

class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k % 3
    def __eq__(self, o):
        return self.k == o.k
    def __repr__(self):
        return "H%d" % self.k
d = {H(1): "one", H(4): "four"}
print(d[H(4)], d[H(1)], len(d))
s = {H(1), H(1), H(2)}
print(len(s), sorted(s, key=lambda h: h.k))
print(hash(H(7)) == hash(H(10)))
print(hash(5), hash(-1) == hash(-2) or True, hash(True), hash(0))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t\n\\"))
print(str(None), repr(None), str(True), repr(1.0), repr([1.5, 'x', None]))
