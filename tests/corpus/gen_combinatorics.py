def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest

def combinations(items, r):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items) - r + 1):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest

def product(*seqs):
    if not seqs:
        yield ()
        return
    for x in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (x,) + rest

def powerset(items):
    items = list(items)
    for mask in range(1 << len(items)):
        yield [items[i] for i in range(len(items)) if mask >> i & 1]

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(len(list(permutations(range(6)))))
print(list(combinations("abcd", 2)), list(combinations([1, 2, 3], 3)), list(combinations([1], 2)))
print(len(list(combinations(range(10), 4))))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat_list := [0, 1], "xy"))))
print(list(powerset("xyz")))
print(["".join(p) for p in permutations("aab")])
print(sorted(set("".join(p) for p in permutations("aab"))))
print(sum(1 for c in combinations(range(1, 20), 3) if sum(c) == 20))
print(next(permutations("xyz")), next(combinations("xyz", 2)))
