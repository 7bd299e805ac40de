class K:
    calls = 0
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, o):
        K.calls += 1
        return self.v < o.v
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
for n in [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 257, 1000]:
    for mod in [3, 1000]:
        data = [rnd() % mod for _ in range(n)]
        ks = [K(v, i) for i, v in enumerate(data)]
        K.calls = 0
        ks.sort()
        c = K.calls
        ok = [k.v for k in ks] == sorted(data)
        stable = all(ks[j].v < ks[j+1].v or ks[j].i < ks[j+1].i for j in range(n - 1))
        ks2 = [K(v, i) for i, v in enumerate(data)]
        ks2.sort(reverse=True, key=lambda k: k.v)
        rs = all(ks2[j].v > ks2[j+1].v or ks2[j].i < ks2[j+1].i for j in range(n - 1))
        print(n, mod, ok, stable, rs, c if n < 64 else "-")
a = list(range(100)); a.sort(key=lambda x: -x); print(a[:5])
b = [3, 1, 2]
try:
    b.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("zde", b)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
c = [5, 4, 3, 2, 1]
def bad(x):
    c.append(x)
    return x
try:
    c.sort(key=bad)
except ValueError as e:
    print(e, c)
print(sorted([3.5, 1.0, 2.25, -1e9]), sorted(["b", "ab", "a", "é", "z"]), sorted([10**30, 1, -10**30, 2.5]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([[2], [1, 5], [1]]))
big = [rnd() % 100000 for _ in range(20000)]
big.sort()
print(all(big[i] <= big[i+1] for i in range(len(big) - 1)))
