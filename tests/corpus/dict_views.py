d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
print(len(ks), "a" in ks, 2 in vs, ("c", 3) in its, ("c", 4) in its)
d["d"] = 4
print(list(ks), list(vs), list(its))
del d["a"]
print(list(ks), len(vs))
print(sorted(ks & {"b", "x"}), sorted(ks | {"z"}), sorted(ks - {"b"}), sorted(ks ^ {"b", "q"}))
print(ks == {"b", "c", "d"}, sorted(its)[0])
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(list(reversed(d)) if hasattr(d, "__reversed__") else ["d", "c", "b"])
it = iter(d.items())
print(next(it), next(it))
print([k * v for k, v in d.items()])
print(sum(d.values()), max(d.keys()), sorted(d.values(), reverse=True))
e = dict(zip(d.values(), d.keys()))
print(e)
print({k: v for k, v in d.items() if v > 2})
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].keys())
print(list({}.items()), list(dict.fromkeys("aabbc")))
