def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)))
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "exhausted"))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())))

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(take(6, evens(fib()))))

def with_return():
    yield 1
    return "result"
    yield 2
print(list(with_return()))
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def lazy_trace():
    print("started")
    yield "a"
    print("resumed")
    yield "b"
    print("finishing")
lt = lazy_trace()
print("created")
for v in lt:
    print("got", v)

def empty():
    return
    yield
print(list(empty()))
def gen_in_try():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen_in_try():
    print(x)
print(sum(x * x for x in count_up(10)))
print(list(zip(count_up(3), count_up(10))))
