# Dicts and sets through many sizes: growth across capacity classes, deletions leaving
# holes, re-insertion, keys whose hashes collide, and order kept throughout.
def check(d, model_keys, label):
    ok = list(d) == model_keys and all(d[k] == k_val(k) for k in model_keys)
    print(label, len(d), ok)


def k_val(k):
    return str(k)[-3:]


for n in (0, 1, 2, 3, 7, 8, 9, 12, 13, 40, 41, 300, 1021, 1022, 5000):
    d = {}
    keys = []
    for i in range(n):
        k = i * 7919 % 10007
        d[k] = k_val(k)
        keys.append(k)
    check(d, keys, "grow %d" % n)
    # Delete every third key, then add new ones: holes are skipped and order kept.
    for k in keys[::3]:
        del d[k]
    keys = [k for i, k in enumerate(keys) if i % 3]
    for i in range(n // 2):
        k = -i - 1
        d[k] = k_val(k)
        keys.append(k)
    check(d, keys, "churn %d" % n)
    absent = sum(1 for i in range(20000, 20000 + n) if i in d)
    print("absent", absent, 10007 in d, -(n // 2) - 1 in d)

# Keys with equal hashes: big ints differing by multiples of the hash modulus, and
# floats/ints that compare equal.
m = 2**61 - 1
big = {m * i + 5: i for i in range(1, 200)}
print(len(big), big[m * 77 + 5], (m * 500 + 5) in big, hash(m * 3 + 5) == hash(5))
mixed = {}
for i in range(100):
    mixed[i] = "int"
for i in range(50):
    mixed[float(i)] = "float"
print(len(mixed), mixed[3], mixed[70], list(mixed)[:3])

# Strings: many keys, lookups of equal strings built another way.
words = {"w%d" % i: i for i in range(3000)}
print(len(words), words["w" + str(2999)], sum(words["w%d" % i] for i in range(0, 3000, 7)))
for i in range(0, 3000, 2):
    del words["w%d" % i]
print(len(words), list(words)[:4], "w2" in words, "w3" in words)
while len(words) > 5:
    words.popitem()
print(words)

# The same through sets and instance attribute maps.
s = set()
for i in range(2000):
    s.add(i * i % 1009)
print(len(s), sorted(s)[:5], 1008 in s, 1010 in s)


class Bag:
    pass


b = Bag()
for i in range(30):
    setattr(b, "a%d" % i, i)
for i in range(0, 30, 4):
    delattr(b, "a%d" % i)
print(sorted(vars(b).items())[:5], len(vars(b)), getattr(b, "a29"), hasattr(b, "a28"))
