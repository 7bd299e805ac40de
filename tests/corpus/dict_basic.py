d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, 1 in d, "four" not in d)
print(d.get("one"), d.get("four"), d.get("four", 4), d.setdefault("four", 44), d.setdefault("one", 100), d)
print(d.pop("four"), d.pop("missing", "dflt"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"two": 22, "five": 5})
d.update([("six", 6)])
d.update(seven=7)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["x"] = 0
print(d, c, c == d)
c.clear()
print(c, len(c), bool(c), bool(d))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": "v"}, extra=1))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict())
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: "a"} != {1: "b"})
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed, mixed[1], mixed[None])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
for k in d:
    print("key", k, d[k])
for k, v in sorted(d.items(), key=lambda kv: kv[1]):
    print(k, "->", v)
print(sorted(d), sorted(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print(dict(sorted({"b": 1, "a": 2}.items())), {**{"a": 1}, "b": 2})
print(d | {"z": 26} if hasattr(d, "__or__") else None)
e = {"a": 1}
e |= {"b": 2}
print(e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError popitem:", e)
