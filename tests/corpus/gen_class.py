class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.v
        if self.right:
            yield from self.right.inorder()
    def preorder(self):
        yield self.v
        for c in (self.left, self.right):
            if c:
                yield from c.preorder()
    def __iter__(self):
        return self.inorder()
    def bfs(self):
        q = [self]
        while q:
            n = q.pop(0)
            yield n.v
            q.extend(c for c in (n.left, n.right) if c)

t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), list(t.preorder()), list(t.bfs()))
print(sum(t), max(t), 5 in t, [v for v in t if v % 2])

class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i
    def evens(self):
        return (i for i in self if i % 2 == 0)
c = Counter(7)
print(list(c), list(c.evens()), list(zip(c, c.evens())))
gens = [Counter(3).__iter__() for _ in range(2)]
print(next(gens[0]), next(gens[0]), next(gens[1]))
class Paginator:
    def __init__(self, items, size):
        self.items, self.size = items, size
    def pages(self):
        for i in range(0, len(self.items), self.size):
            yield i // self.size + 1, self.items[i:i + self.size]
for num, page in Paginator(list("abcdefghij"), 3).pages():
    print(num, page)
