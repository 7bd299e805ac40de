# Viper code meeting objects: unannotated parameters and locals are objects; calls, methods,
# attributes, globals, containers and subscripts of objects take boxed machine values; an
# exception raised in or through viper code unwinds as usual. (The .exp comes from CPython
# running the functions as plain Python through helper_viper.)
try:
    import micropython
except ImportError:
    from helper_viper import micropython, install

    install()

counter = 0


def twice(x):
    return 2 * x


class Acc:
    def __init__(self):
        self.total = 0
        self.items = []

    def add(self, v):
        self.items.append(v)
        self.total += v
        return self.total


@micropython.viper
def use_objects(acc, n: int, name) -> int:
    global counter
    s = 0
    for i in range(n):
        s += int(twice(i))
        acc.add(i * i)
    acc.label = name + "!"
    counter = s
    t = (s, n, name)
    acc.items.append(t)
    return s + int(acc.total)


@micropython.viper
def index_objects(seq, d, i: int):
    d[i] = int(seq[i]) * 10
    d["k"] = i
    return [seq[i], d[i], len(d)]


@micropython.viper
def truthy(x) -> int:
    if x:
        return 1
    return 0


@micropython.viper
def objects_compare(a, b):
    return (a < b, a == b, a is b, a in [b])


@micropython.viper
def raises(n: int) -> int:
    if n > 2:
        raise ValueError("too big: %d" % (n,))
    return n


@micropython.viper
def calls_raising(n: int) -> int:
    s = 0
    for i in range(n):
        s += int(raises(i))
    return s


@micropython.viper
def iterate(xs) -> int:
    s = 0
    for x in xs:
        s += int(x)
    return s


@micropython.viper
def bools(x: bool, y: int) -> bool:
    return x and bool(y)


a = Acc()
print(use_objects(a, 5, "acc"), a.total, a.items, a.label, counter)
d = {}
print(index_objects([3, 4, 5], d, 2), d)
print([truthy(v) for v in (0, 1, "", "x", None, [], [0])])
print(objects_compare(1, 2), objects_compare("b", "a"))
print(calls_raising(3))
try:
    calls_raising(5)
except ValueError as e:
    print("ValueError:", e)
print(iterate(range(10)), iterate([5, 6]))
print(bools(True, 3), bools(True, 0), bools(False, 5), bools(1, 7))
