# Repeated `+` and `+=` on long strings: upy appends in place into a shared buffer, so every
# way of reusing an older string must still see exactly its own text.
a = "x" * 100
b = a + "y"
c = a + "z"
d = b + "1"
e = b + "2"
print(len(b), b[-3:], c[-3:], d[-3:], e[-3:], d == e, d[:-1] == e[:-1])
f = d + d
print(len(f), f[99:103], f[-3:])

s = ""
for i in range(500):
    s += str(i)
t = s
s += "end"
t += "other"
print(len(s), len(t), s[-10:], t[-10:], s[:-3] == t[:-5])
print(hash(s[:-3]) == hash(t[:-5]), {s[:-3]: 1}.get(t[:-5]))

# Non-ASCII text keeps character semantics across appends.
u = "é" * 40
u += "ü" * 40
u += "abc"
print(len(u), u[39:42], u[-4:], u.find("ü"), u.encode()[-6:])
v = u
u += "€"
v += "$"
print(u[-2:], v[-2:], len(u), len(v))

# Strings built in a loop in several variables at once.
parts = ["", "", ""]
for i in range(300):
    parts[i % 3] += chr(65 + i % 26) * 3
print([len(p) for p in parts], [p[-6:] for p in parts])

# Joined, compared, sliced, used as keys.
k = "key" * 30
k1 = k + "1"
k2 = k + "2"
print({k1: 1, k2: 2}[k + "2"], k1 < k2, k1.startswith(k), k2.endswith("32"))
print(repr(("q" * 70 + "w")[-3:]), "-".join([k1[-2:], k2[-2:]]))
