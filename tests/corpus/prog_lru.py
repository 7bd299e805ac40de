class Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next = n.next
        n.next.prev = n.prev
    def _push_front(self, n):
        n.next = self.head.next
        n.prev = self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.val
    def put(self, key, val):
        n = self.map.get(key)
        if n:
            n.val = val
            self._unlink(n)
        else:
            if len(self.map) >= self.cap:
                old = self.tail.prev
                self._unlink(old)
                del self.map[old.key]
                print("evict", old.key)
            n = Node(key, val)
            self.map[key] = n
        self._push_front(n)
    def keys(self):
        out = []
        n = self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, k):
        return k in self.map

c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys())
print(c.get("a"), c.keys())
c.put("d", "D")
print(c.keys(), "b" in c, len(c))
print(c.get("b", "miss"), c.get("c"))
c.put("a", "AA")
print(c.keys(), c.get("a"))
c.put("e", "E")
c.put("f", "F")
print(c.keys(), c.hits, c.misses)

def cached(cap):
    def deco(fn):
        cache = LRU(cap)
        def w(n):
            r = cache.get(n)
            if r is None:
                r = fn(n)
                cache.put(n, r)
            return r
        w.cache = cache
        return w
    return deco

@cached(100)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
print([collatz_len(i) for i in range(1, 20)])
print(collatz_len.cache.hits > 0, len(collatz_len.cache))
