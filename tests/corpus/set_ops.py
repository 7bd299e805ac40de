a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > {1, 9}, a == {4, 3, 2, 1}, a != b)
print({1, 2}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
print(sorted(s))
s.discard(99); s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p in {1, 3, 7}, len(s))
s.clear()
print(s, len(s), set(), type(set()).__name__)
c = {1, 2, 3}
c |= {4}; c &= {2, 3, 4, 5}; c -= {3}; c ^= {9, 2}
print(sorted(c))
d = {1, 2, 3}
d.intersection_update({2, 3, 4}); print(sorted(d))
d.difference_update({3}); print(sorted(d))
d.symmetric_difference_update({2, 8}); print(sorted(d))
fs = frozenset([3, 1, 2])
print(sorted(fs), type(fs).__name__, 2 in fs, sorted(fs | {9}), type(fs | {9}).__name__, type({9} | fs).__name__)
print(fs == {1, 2, 3}, hash(fs) == hash(frozenset([1, 2, 3])), {fs: "frozen key"}[frozenset({1, 2, 3})])
try:
    fs.add(4)
except AttributeError:
    print("AttributeError: frozenset has no add")
print(sorted(set("mississippi")), len(set([1, 1.0, True])), set([0, False]) == {0})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
sets = [{1, 2}, {2, 3}, {3, 4}]
u = set()
for x in sets:
    u |= x
print(sorted(u), sorted(set.intersection({1, 2, 3}, {2, 3}, {3})))
print(sorted({x % 3 for x in range(10)}), {1, 2} == frozenset({1, 2}), sorted(a.copy()))
print([sorted(f) for f in sorted([frozenset({1, 2}), frozenset({1})], key=len)], {()}, set(()))
