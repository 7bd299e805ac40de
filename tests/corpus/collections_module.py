# collections (a frozen Python module): deque at both ends, with maxlen, rotation and indexing;
# namedtuple with keywords, defaults, renaming and its errors; OrderedDict's order-aware
# methods and equality; defaultdict.
from collections import deque, namedtuple, OrderedDict, defaultdict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], 2 in d)
print(d.pop(), d.popleft(), d, list(reversed(d)))
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
d[1] = 99; del d[0]; print(d, d.count(99), d.index(99))
m = deque(range(5), maxlen=3); print(m, m.maxlen); m.append(9); m.appendleft(-9); print(m)
e = deque()
for i in range(10):
    e.appendleft(i)
print([e.pop() for _ in range(5)], [e.popleft() for _ in range(5)], bool(e))
try:
    e.pop()
except IndexError as x:
    print("IndexError", x)
print(deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), deque('ab'))
d.reverse(); print(d); d.remove(99); print(d); d.clear(); print(d, repr(deque(maxlen=2)))
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p.y, p[0], p == (1, 2), P._fields, p._asdict(), p._replace(x=5), P._make([3, 4]))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 9])
print(Q(1), Q(1, 2), Q(1, 2, 3), isinstance(Q(1), tuple), len(Q(1)))
a, b, c = Q(7)
print(a, b, c, hash(Q(1)) == hash((1, 0, 9)))
for bad in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2, z=3), lambda: namedtuple("R", "a a"), lambda: namedtuple("R", "_a"), lambda: namedtuple("R", "def")):
    try:
        bad()
    except (TypeError, ValueError) as x:
        print(type(x).__name__, x)
print(namedtuple("R", "a def _b", rename=True)._fields)
o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
o.move_to_end("a"); print(o, list(o)); o.move_to_end("c", last=False); print(o)
print(o.popitem(), o.popitem(last=False), o, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dd = defaultdict(list)
for k, v in (("x", 1), ("y", 2), ("x", 3)):
    dd[k].append(v)
print(dd, dd["x"], "z" in dd, dict(dd))
cnt = defaultdict(int)
for ch in "mississippi":
    cnt[ch] += 1
print(sorted(cnt.items()))
try:
    defaultdict()["k"]
except KeyError as x:
    print("KeyError", x)
