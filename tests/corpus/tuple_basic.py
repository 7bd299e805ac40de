t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(2, 2))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x for x in "xy"))
print(type(()).__name__, type((1,)).__name__, type((1)).__name__)
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print((1, (2, 3)) == (1, (2, 3)), (1, [2]) == (1, [2]), 2 in t, 5 not in t, () < (0,))
d = {(1, 2): "a", (3,): "b", (): "empty", ("x", (1, 2)): "nested"}
print(d[(1, 2)], d[3,], d[()], d["x", (1, 2)])
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash(tuple([1, 2])))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError:
    print("ValueError")
a, b = t[:2]
print(a, b, max(t), min(t), sum(t), sorted(t), list(reversed(t)))
lt = ([1], [2])
lt[0].append(99)
print(lt)
points = [(3, 1), (1, 2), (1, 1), (2, 5)]
print(sorted(points), sorted(points, key=lambda p: p[1]), max(points), min(points))
def mm(seq):
    return min(seq), max(seq)
lo, hi = mm([4, 8, 1])
print(lo, hi, mm("hello"))
print(tuple(enumerate("ab")), tuple(zip((1, 2), "cd")))
s = set([(1, 2), (1, 2), (2, 1)])
print(len(s), sorted(s))
print((1, 2, 3)[1:], (1,) + (), tuple(t) is t or True)
