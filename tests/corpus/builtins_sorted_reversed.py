data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("Hello World"), sorted("Hello World", key=str.lower), sorted([3, 1, 2], key=None))
print(sorted({3: "c", 1: "a"}), sorted({3: "c", 1: "a"}.values()), sorted((x for x in range(5)), reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([-1, 3, -2], key=abs, reverse=True))
print(list(reversed("abc")), list(reversed([1, 2, 3])), list(reversed((1,))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})) if True else None, "".join(reversed("stressed")))
original = [3, 1, 2]
s = sorted(original)
r = list(reversed(original))
print(original, s, r, s is original)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
words = ["pear", "Apple", "fig", "banana", "Cherry"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: (len(w), w)))
print(sorted(sorted(words), key=len), sorted(words, key=len, reverse=True))
