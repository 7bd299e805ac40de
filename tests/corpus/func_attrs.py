def f(a, b=2):
    "docstring here"
    return a + b
print(f.__name__, f.__doc__)
f.custom = "attr"
print(f.custom, hasattr(f, "custom"))
def no_doc():
    pass
print(no_doc.__doc__, no_doc())
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, type(multi()).__name__)
def early(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return
    for i in range(n):
        if i == 3:
            return "hit 3"
    return "loop done"
print(early(-1), early(0), early(2), early(10))
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated(2, y="t"))
def outer():
    def inner():
        return "inner result"
    return inner
print(outer()(), outer().__name__)
funcs = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print({k: fn(10, 3) for k, fn in funcs.items()})
def apply(fn, *args, **kw):
    return fn(*args, **kw)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(f, 1, b=10))
def rec_default(n, acc=None):
    acc = [] if acc is None else acc
    if n:
        acc.append(n)
        return rec_default(n - 1, acc)
    return acc
print(rec_default(5), rec_default(2))
print(type(f).__name__, callable(f))
def gen_fn():
    yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__)
def pass_fn(): pass
print(pass_fn() is None)
