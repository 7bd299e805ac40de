it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
data = [10, 20, 30, 99, 40]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 99)))
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, 2, -3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}), sorted([-3, 2, -1], key=abs))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min([], default="empty"), max([], default=None))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([1, 3, 3, 2], key=lambda x: x % 3))
print(max([(1, "b"), (1, "a")]), min("hello", key=ord), max(range(10), key=lambda x: -x))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([]), sum(range(5), start=100) if True else 0)
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 2 for x in [1, 3]), all("abc"))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance([], (tuple, dict)))
print(issubclass(bool, int), issubclass(int, (str, object)), isinstance(None, type(None)), type(None).__name__)
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
z = zip("ab", range(10))
print(next(z), list(z))
e = enumerate("xyz")
print(next(e), next(e), list(e))
f = filter(lambda x: x % 2, range(7))
print(type(f).__name__, type(m).__name__, type(z).__name__, type(e).__name__, list(f))
r = reversed([1, 2])
print(type(r).__name__ in ("list_reverseiterator", "reversed"), list(r))
print(iter(it) is it, list(iter((5, 6))))
nums = [5, 3, 8]
print(sorted(nums), nums, nums.sort(), nums)
