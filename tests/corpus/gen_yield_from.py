def inner(n):
    for i in range(n):
        yield i
    return n * 100

def outer():
    r1 = yield from inner(2)
    print("inner returned", r1)
    r2 = yield from inner(3)
    print("inner returned", r2)
    return r1 + r2

g = outer()
print(list(g))
g = outer()
try:
    while True:
        print("value", next(g))
except StopIteration as e:
    print("outer returned", e.value)

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]], 7])))

def echo_inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def echo_outer():
    res = yield from echo_inner()
    yield "final:" + str(res)
g = echo_outer()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send(None))

def delegate_list():
    yield from [10, 20]
    yield from {"k": 1}
    yield from "xy"
print(list(delegate_list()))

def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(list(countdown(6)))
