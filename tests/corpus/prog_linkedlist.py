class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.n = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.n += 1
    def append(self, v):
        node = Node(v)
        if not self.head:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.n += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.next
    def __len__(self):
        return self.n
    def __repr__(self):
        return "[" + " -> ".join(map(repr, self)) + "]"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.n -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.val if slow else None

l = LinkedList([1, 2, 3])
print(l, len(l))
l.push(0); l.append(4)
print(l, len(l), l.middle())
l.reverse()
print(l, list(l), sum(l))
print(l.remove(2), l.remove(99), l.remove(4), l, len(l))
e = LinkedList()
print(e, len(e), e.middle(), list(e))
e.append("x"); e.reverse()
print(e)
def merge(a, b):
    out = LinkedList()
    ia, ib = iter(a), iter(b)
    va, vb = next(ia, None), next(ib, None)
    while va is not None or vb is not None:
        if vb is None or (va is not None and va <= vb):
            out.append(va); va = next(ia, None)
        else:
            out.append(vb); vb = next(ib, None)
    return out
print(merge(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
