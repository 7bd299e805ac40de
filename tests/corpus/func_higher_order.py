def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, inc)(-10))
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*(args + more))
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def partial(f, *pargs, **pkw):
    def p(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return f(*(pargs + args), **merged)
    return p
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)("1010"), partial(sorted, key=len)(["ccc", "a", "bb"]))
def reduce(f, seq, init=None):
    it = iter(seq)
    acc = next(it) if init is None else init
    for x in it:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + [b * b], range(4), []), reduce(max, [3, 9, 2]))
def pipeline(data, *steps):
    for s in steps:
        data = s(data)
    return data
print(pipeline(range(10), lambda d: filter(lambda x: x % 2, d), lambda d: map(lambda x: x * x, d), list))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(dbl, 10)(1), apply_n(lambda s: s + "!", 3)("hi"))
ops = [abs, str, len, bool, lambda v: [v]]
print([op(-5) if op is not len else op("-5") for op in ops])
print(list(map(lambda f: f(3), [lambda x: x + 1, lambda x: x * x, lambda x: -x])))
