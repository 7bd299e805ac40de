# Recursive reprs, subclasses calling dict methods through super(), views as sets.
d = {"a": 1}
d["self"] = d
print(d)
l = [d]
d["list"] = l
print(d, l)
v = {}
v["vals"] = v.values()
print(v)


class Logged(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.log = []

    def __setitem__(self, k, val):
        self.log.append(k)
        super().__setitem__(k, val)

    def __getitem__(self, k):
        return super().__getitem__(k) * 10


x = Logged({"p": 1}, q=2)
x["r"] = 3
print(sorted(x.items()), x.log, x["p"], len(x), "q" in x, x.get("q"))
print(Logged.fromkeys("ab", 0), type(Logged.fromkeys("ab")).__name__)

k = {"a": 1, "b": 2, "c": 3}.keys()
print(sorted(k & ["a", "z"]), sorted(["a", "z"] & k), sorted(k - ["a"]), sorted(["a", "z"] - k))
print(sorted(k | ("q",)), sorted(k ^ {"a", "w"}), k.isdisjoint(["x"]), k.isdisjoint("a"))
it = {"a": 1, "b": 2}.items()
print(sorted(it & {("a", 1), ("b", 3)}), ("a", 1) in it, ["a", 1] in it, it == {("a", 1), ("b", 2)})
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed({"a": 1, "b": 2}.values())))
print({"a": 1}.keys() <= {"a", "b"}, {"a": 1}.keys() < {"a"}, {"a", "b"} > {"a": 0}.keys())
print({1: 2}.values() == {1: 2}.values(), {1: 2}.keys() == {1: 2}.keys())

m = {}
try:
    m.update([(1, 2), (3,)])
except ValueError as e:
    print("ValueError")
try:
    dict(1, 2)
except TypeError as e:
    print(e)
try:
    {} | [(1, 2)]
except TypeError as e:
    print(e)
m |= [(5, 6)]
print(m, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: [1]} != {1: [1]})
try:
    {} < {}
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
big = {i: i for i in range(100)}
while len(big) > 3:
    big.popitem()
print(big, big.pop(1), big.pop(1, "gone"))
try:
    big.pop(1)
except KeyError as e:
    print("KeyError", e)
