def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(2)(3))
print(level1("x")("y")("z"))

def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.calls = calls
    return wrapper

@memoize
def slow_sq(n):
    return n * n
print([slow_sq(i % 4) for i in range(12)])
print(slow_sq.calls[0])

def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 6)]
print([m(3) for m in make_multipliers()])

def gen_fn():
    base = 100
    def gen():
        for i in range(3):
            yield base + i
    return gen
print(list(gen_fn()()))

def outer():
    items = []
    def add(x):
        items.append(x)
        return add
    add(1)(2)(3)
    return items
print(outer())

def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())

def comp_closure():
    k = 3
    return [x * k for x in range(4)], {x: x + k for x in range(2)}
print(comp_closure())

def read_free():
    val = [1, 2]
    def inner():
        val.append(3)
        return len(val)
    return inner(), val
print(read_free())
