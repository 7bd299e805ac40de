class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("cell out of range")
            return self.cells.get(key, ".")
        raise TypeError("need tuple")
    def __setitem__(self, key, v):
        print("set", key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def __bool__(self):
        return bool(self.cells)

g = Grid(3, 2)
print(len(g), bool(g))
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], g[2, 1], bool(g))
print("#" in g, "x" in g, "x" not in g)
del g[0, 0]
print(g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError:", e)

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if i >= self.n or i < 0:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n

s = Seq(6)
print(s[2], s[-1], s[1:4], s[::2], s[::-1])
print(list(s))
print(4 in s, 5 in s)
for v in s:
    print(v, end=" ")
print()
print(list(reversed(s)))

class Falsy:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Truthy()), not Falsy())
print("yes" if Falsy() else "no", "yes" if Truthy() else "no")
