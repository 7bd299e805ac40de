class Node:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            self.size += 1
            return True
        n = self.root
        while True:
            if key == n.key:
                return False
            side = "left" if key < n.key else "right"
            child = getattr(n, side)
            if child is None:
                setattr(n, side, Node(key))
                self.size += 1
                return True
            n = child
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right
    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))
    def delete(self, key):
        def rec(n, key):
            if n is None:
                return None
            if key < n.key:
                n.left = rec(n.left, key)
            elif key > n.key:
                n.right = rec(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                m = n.right
                while m.left:
                    m = m.left
                n.key = m.key
                n.right = rec(n.right, m.key)
            return n
        self.root = rec(self.root, key)

t = BST()
seed = 7
keys = []
for _ in range(25):
    seed = (seed * 75 + 74) % 65537
    keys.append(seed % 100)
print(keys)
print([t.insert(k) for k in keys].count(False), t.size)
print(list(t))
print(t.height(), 50 in t, keys[3] in t, -1 in t)
for k in keys[:8]:
    t.delete(k)
print(list(t), t.height())
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), words.size)
