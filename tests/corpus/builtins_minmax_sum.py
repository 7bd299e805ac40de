print(min(5, 3, 8), max(5, 3, 8), min([5, 3, 8]), max((5, 3, 8)), min("zebra"), max("zebra"))
print(min([3, 1, 2], key=lambda x: -x), max(["a", "bbb", "cc"], key=len), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([], default="none"), min((), default=0), max([1], default=5), max([[1, 2], [3]], key=sum))
print(max(1, 2.5), min(-1, -1.0), max(True, 0), max([2, 2.0]), min([2.0, 2]))
ties = [("a", 1), ("b", 3), ("c", 3), ("d", 1)]
print(max(ties, key=lambda t: t[1]), min(ties, key=lambda t: t[1]))
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum(range(1, 101)), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([0.1] * 10), sum(x * x for x in range(10)), sum([True, True, False]), sum([10 ** 20, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError: sum of strings")
try:
    min()
except TypeError:
    print("TypeError: min()")
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]), any(()), all(()))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)), all(c.isalpha() for c in "abc1"))
scores = {"ann": 88, "bob": 95, "cy": 70}
best = max(scores, key=scores.get)
worst = min(scores.items(), key=lambda kv: kv[1])
print(best, worst, sum(scores.values()) / len(scores), sorted(scores, key=scores.get, reverse=True))
