class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

rng = LCG(99)
print([rng.randint(1, 6) for _ in range(20)])
queue = []
served = []
clock = 0
next_id = 0
busy_until = 0
current = None
waits = []
for t in range(60):
    if rng.randint(1, 10) <= 4:
        queue.append((next_id, t))
        next_id += 1
    if current is not None and t >= busy_until:
        served.append(current)
        current = None
    if current is None and queue:
        cid, arrived = queue.pop(0)
        waits.append(t - arrived)
        current = cid
        busy_until = t + rng.randint(1, 4)
    if t % 10 == 9:
        print("t=%2d queue=%d served=%d" % (t, len(queue), len(served)))
print("arrivals", next_id, "served", len(served), "avg wait %.2f" % (sum(waits) / len(waits)), "max wait", max(waits))
hist = {}
for _ in range(1000):
    v = rng.randint(1, 6) + rng.randint(1, 6)
    hist[v] = hist.get(v, 0) + 1
for k in sorted(hist):
    print("%2d %s" % (k, "#" * (hist[k] // 10)))
