a = {1, 2, 3}
pairs = [({1, 2, 3}, {1, 2, 3}), ({1}, {1, 2}), ({1, 2}, {1}), ({1, 4}, {1, 2}), (set(), {1}), (set(), set())]
for x, y in pairs:
    print(sorted(x), sorted(y), x == y, x != y, x < y, x <= y, x > y, x >= y, x.isdisjoint(y))
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({2, 1}), frozenset() < {1}, {1} <= frozenset({1, 2}))
print(set([1, 2]) == [1, 2], {1} == {1: "x"}.keys(), {1, 2} == {1, 2}.union())
try:
    {1} < [1, 2]
except TypeError:
    print("TypeError: set < list")
words = ["apple", "banana", "cherry"]
letters = [set(w) for w in words]
common = letters[0].intersection(*letters[1:])
print(sorted(common), sorted(letters[0] | letters[1]), sorted(letters[1] - letters[2]))
print(sorted(set("hello") ^ set("world")), len(set(range(100)) - set(range(0, 100, 2))))
seen = set()
dups = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen), len(seen))
print(sorted({x * y for x in range(4) for y in range(4)}))
fs = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(fs), sorted(len(f) for f in fs))
