d = {}
for k in "zyxwv":
    d[k] = ord(k)
print(list(d))
del d["x"]
print(list(d))
d["x"] = 0
print(list(d))
d["z"] = 1
print(list(d), d["z"])
for k in ["y", "w"]:
    del d[k]
d["a"] = 1
d["y"] = 2
print(list(d.items()))
big = {}
for i in range(100):
    big[i * 7 % 101] = i
for i in range(0, 100, 3):
    del big[i * 7 % 101]
print(list(big)[:15], len(big))
for i in range(0, 100, 6):
    big[i * 7 % 101] = -i
print(list(big)[-10:], len(big))
keys = list(big)
print(keys == list(big.keys()), list(big.values())[:5])
m = {}
for i in range(1000):
    m[i] = i
for i in range(990):
    del m[i]
print(m)
m2 = dict.fromkeys(range(5))
m2.pop(2)
m2[2] = "back"
print(m2)
o = {"b": 1, "a": 2}
o.update({"c": 3, "b": 10})
print(o)
s = {}
s["k"] = 1
s.setdefault("j", 2)
s.setdefault("k", 3)
print(s)
try:
    for k in o:
        o["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
