s = {1, 2, 3}
t = s.copy()
t.add(4)
print(sorted(s), sorted(t), s <= t)
u = s.union([3, 4], (5,), "a")
print(sorted(u, key=str))
print(sorted(s.intersection([2, 3, 9], {3, 2})), sorted(s.difference([1], {2})), sorted(s.symmetric_difference([3, 4])))
s.update("ab", [9])
print(sorted(s, key=str))
s.difference_update({"a", "b"}, [9])
print(sorted(s))
s.intersection_update(range(2, 10))
print(sorted(s))
s.symmetric_difference_update({3, 7})
print(sorted(s))
print(len(s), 2 in s, 3 in s, 7 not in s)
items = [5, 3, 5, 1, 3, 9]
unique = []
seen = set()
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
empty = set()
print(empty, len(empty), bool(empty), empty == set(), type({}).__name__)
fz = frozenset("hello")
print(sorted(fz), len(fz), sorted(fz.union("xyz")), sorted(fz & set("low")), fz.issubset("helloworld"))
nested = {frozenset({1, 2}): "a", frozenset({3}): "b"}
print(nested[frozenset({2, 1})])
print(sorted(set(range(10)) - {x for x in range(10) if x % 3}), sorted({1, 2} | {2, 3} & {3, 4}))
s2 = {10, 20}
while s2:
    v = s2.pop()
    print("popped", v in (10, 20))
try:
    s2.pop()
except KeyError as e:
    print("KeyError:", e)
