d = {}
d[1] = "int"
d[1.0] = "float overrides int"
d[True] = "bool overrides too"
print(d, len(d))
d[2.5] = "float"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[None] = "None"
d[frozenset([1])] = "frozenset"
d[b"b"] = "bytes"
print(len(d), d[1], d[2.5], d["1"], d[(1, 2)], d[None], d[frozenset({1})], d[b"b"])
print(d.get(0), d.get(False, "no False key"), 1 in d, 1.0 in d, "2.5" in d)
for bad in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
e = {0: "zero"}
print(e[False], e.get(0.0), {-0.0: "neg zero"}[0])
big = {2 ** 100: "big", -(2 ** 100): "negbig"}
print(big[2 ** 100], big[-(2 ** 100)], (2 ** 100) in big)
print({(1, (2, 3)): "nested"}[(1, (2, 3))])
keys = [1, "a", (2,), None, 3.5]
dd = dict.fromkeys(keys, 0)
print(list(dd), [type(k).__name__ for k in dd])

# Numbers equal to -1 (whose hash is -2) find each other, in small and large maps.
small = {-1: "int"}
large = {i: i for i in range(-5, 40)}
print(small.get(-1.0), {-1.0: "float"}.get(-1), large.get(-1.0), large.get(-1 + 0j))
print(-1.0 in {-1, -2}, -1 in {-1.0}, {-1: 1, -1.0: 2, True: 3, 1: 4})
