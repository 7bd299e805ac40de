sq = {x: x * x for x in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inv)
print({c: "abracadabra".count(c) for c in "abracadabra"})
print({(i, j): i * j for i in range(3) for j in range(i, 3)})
print({w[0]: w for w in ["apple", "avocado", "banana", "blueberry", "cherry"]})
s = {x % 5 for x in range(20)}
print(sorted(s), type(s).__name__)
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
print({len(w) for w in "a bb cc ddd e".split()} == {1, 2, 3})
fs = frozenset(x for x in "aab")
print(sorted(fs), type(fs).__name__)
nested = {k: {j: j * k for j in range(3)} for k in range(1, 3)}
print(nested)
print({k: [i for i in range(k)] for k in range(4)})
keys = ["x", "y", "z"]
print({k: i for i, k in enumerate(keys)})
print(dict.fromkeys(keys, 0) == {k: 0 for k in keys})
print({x: None for x in []}, set(x for x in []))
print({str(i): i for i in range(3)}["2"])
print({k: v for k, v in zip("abc", range(10))})
d = {i: i for i in range(5)}
print({k: d[k] for k in sorted(d, reverse=True)})
