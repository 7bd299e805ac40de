# Sets: set keys looked up as frozensets, hashing, mutation during iteration, subclasses.
fs = {frozenset({1, 2}), frozenset()}
print({1, 2} in fs, set() in fs, {3} in fs)
s = {frozenset({1})}
s.discard({1})
print(s)
s.add(frozenset({2}))
s.remove({2})
print(s)
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})), hash(frozenset()) == hash(frozenset()))
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
a = {1, 2, 3}
try:
    for x in a:
        a.discard(x)
except RuntimeError as e:
    print(e)
print(type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__, type(frozenset({1}).copy()).__name__)
f = frozenset({1, 2})
g = f
g |= {3}
print(sorted(f), sorted(g), f is g)
h = {1, 2}
h2 = h
h2 |= {3}
print(sorted(h), h is h2)
h &= h
h -= set()
print(sorted(h))
h ^= h
print(h)


class Tagged(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


t = Tagged([3, 1, 2], "x")
print(sorted(t), t.tag, len(t), 2 in t, sorted(t | {9}), type(t | {9}).__name__)
t.add(7)
print(sorted(t), t == {1, 2, 3, 7}, t <= {1, 2, 3, 7, 8})
print(sorted({1, 2, 3}.intersection()), sorted({1, 2}.union()), sorted({1, 2, 3}.difference({1}, [2])))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset(iter([1])), {1}.isdisjoint(iter([2, 3])))
for bad in ("{1} | [2]", "{1} & 3", "{1} - 'a'", "frozenset() ^ []", "{1} <= [1]"):
    try:
        eval(bad)
    except TypeError as e:
        print(e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    set(1, 2)
except TypeError as e:
    print(e)
try:
    set(x=1)
except TypeError as e:
    print(e)
print(frozenset([1, 1, 2]) == {2, 1}, {1} != frozenset({1}), sorted(frozenset("aba")))
