point = (3, 4)
x, y = point
print(x, y, point[0] ** 2 + point[1] ** 2, point * 2, point + (5,))
records = [("ann", 3), ("bob", 1), ("cy", 2)]
print(sorted(records, key=lambda r: r[1]), [name for name, _ in records], dict(records))
t = tuple(range(10))
print(t[2:7], t[::3], t[::-1][:3], t.index(5), t.count(5), len(t), sum(t), 9 in t)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested == ((1, 2), (3, (4, 5))))
print((1, 2) < (1, 2, 3), (1, 3) > (1, 2, 99), (0,) < (0, 0), () == (), (1,) == (1.0,))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), tuple(map(str, (1, 2))), tuple(x for x in "hi"))
cache = {}
def area(dims):
    if dims not in cache:
        r = 1
        for d in dims:
            r *= d
        cache[dims] = r
    return cache[dims]
print(area((2, 3)), area((2, 3, 4)), area((2, 3)), len(cache))
swap = lambda p: (p[1], p[0])
print(swap((1, "a")), [swap(p) for p in [(1, 2), (3, 4)]])
a = 1, 2, 3
b = (1, 2, 3)
print(a == b, type(a).__name__, (1) == 1, (1,) == 1)
single = ("only",)
print(single, len(single), single[0])
print(tuple([[1], [2]]) == ([1], [2]), max((1, "b"), (1, "a")), min([(2, 1), (1, 2)]))
print(divmod(17, 5) + divmod(-17, 5), (1, 2) * 0, tuple("abc") + ("d",))
