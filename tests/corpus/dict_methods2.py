inventory = dict(apple=3, pear=0, fig=7)
print(inventory.pop("pear"), inventory)
print(inventory.setdefault("kiwi", 1), inventory.setdefault("apple", 100), inventory)
inventory.update(fig=8, plum=2)
print(inventory, len(inventory))
print(sorted(inventory.items(), key=lambda kv: kv[1]), max(inventory, key=inventory.get))
k, v = inventory.popitem()
print(k, v, inventory)
copy = dict(inventory)
copy["apple"] = 0
print(inventory["apple"], copy["apple"], copy == inventory)
print(dict.fromkeys("abc", []), {k: [] for k in "ab"})
fk = dict.fromkeys(["x", "y"], [])
fk["x"].append(1)
print(fk)
d = {}
for i, c in enumerate("mississippi"):
    d.setdefault(c, []).append(i)
print(d)
print({k: len(v) for k, v in d.items()}, sorted(d, key=lambda k: -len(d[k])))
print(list(zip(d.keys(), d.values())) == list(d.items()))
e = {"a": 1, "b": 2}
f = {"b": 2, "a": 1}
print(e == f, list(e) == list(f), e != {"a": 1}, {} == {}, {1: [1]} == {1: [1]})
g = {1: "a"}
g.update({2: "b"}, three=3)
print(g)
print(g.get(5, "dflt"), g.get(1), 1 in g.keys(), "a" in g.values(), (1, "a") in g.items())
g.clear()
print(g, g.get(1))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError")
print(dict([("a", 1), ("a", 2)]), dict(zip(range(3), range(3, 6))), dict({1: 1}, **{"x": 2}))
