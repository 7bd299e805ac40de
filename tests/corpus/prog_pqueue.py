class MinHeap:
    def __init__(self):
        self.a = []
    def __len__(self):
        return len(self.a)
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

h = MinHeap()
seed = 12345
vals = []
for _ in range(30):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    vals.append(seed % 1000)
for v in vals:
    h.push(v)
out = [h.pop() for _ in range(len(h))]
print(vals)
print(out)
print(out == sorted(vals))

class Task:
    counter = 0
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
        Task.counter += 1
        self.seq = Task.counter
    def __lt__(self, other):
        return (self.prio, self.seq) < (other.prio, other.seq)
    def __repr__(self):
        return "Task(%d, %s)" % (self.prio, self.name)

pq = MinHeap()
for p, n in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (3, "ship"), (0, "wake")]:
    pq.push(Task(p, n))
while pq:
    print(pq.pop())

graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": []}
def dijkstra(src):
    dist = {src: 0}
    q = MinHeap()
    q.push((0, src))
    while q:
        d, u = q.pop()
        if d > dist.get(u, 1 << 60):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                q.push((nd, v))
    return dict(sorted(dist.items()))
print(dijkstra("A"))
