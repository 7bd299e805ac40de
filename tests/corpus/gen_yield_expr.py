def g():
    x = yield 1
    print("x", x)
    y = yield x * 2 if x else -1
    print("y", y)
    z = (yield) or "default"
    print("z", z)
    yield [x, y, z]
it = g()
print(next(it))
print(it.send(5))
print(it.send("why"))
print(it.send(None))
def yield_in_expr():
    total = 0
    for i in range(3):
        total += (yield i) or 0
    yield "total=%d" % total
gen = yield_in_expr()
print(next(gen), gen.send(10), gen.send(20), gen.send(30))
def yield_tuple():
    yield 1, 2
    yield (3, 4)
    a = yield
    yield a
print(list(yield_tuple()))
def gen_with_args(*args, **kw):
    for a in args:
        yield a
    for k in sorted(kw):
        yield k, kw[k]
print(list(gen_with_args(1, 2, x=3, a=4)))
def lazy_eval():
    print("body started")
    yield
gen2 = lazy_eval()
print("created, not started")
next(gen2)
print(next(gen2, "exhausted"))
