def deco_with_optional_args(fn=None, *, prefix=">"):
    def wrap(f):
        def w(*a, **k):
            return prefix + str(f(*a, **k))
        return w
    if fn is None:
        return wrap
    return wrap(fn)

@deco_with_optional_args
def one():
    return 1
@deco_with_optional_args(prefix="#")
def two():
    return 2
print(one(), two())

order = []
def tag(name):
    order.append("define " + name)
    def deco(fn):
        order.append("apply " + name)
        def w(*a):
            order.append("call " + name)
            return fn(*a)
        return w
    return deco

@tag("outer")
@tag("middle")
@tag("inner")
def target():
    order.append("target body")
    return "ok"
print(target())
for o in order:
    print(o)

def method_logger(fn):
    def w(self, *a):
        r = fn(self, *a)
        self.log.append((fn.__name__, a, r))
        return r
    return w
class Calc:
    def __init__(self):
        self.log = []
    @method_logger
    def add(self, a, b):
        return a + b
    @method_logger
    def neg(self, a):
        return -a
c = Calc()
c.add(1, 2); c.neg(5); c.add(-1, 1)
print(c.log)

def retry(times):
    def deco(fn):
        def w(*a):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *a)
                except ValueError as e:
                    last = e
                    print("attempt", attempt, "failed:", e)
            raise RuntimeError("gave up") from last
        return w
    return deco
@retry(3)
def flaky(attempt, x):
    if attempt < 3:
        raise ValueError("not yet")
    return x * 2
print(flaky(21))
@retry(2)
def always_bad(attempt):
    raise ValueError("bad %d" % attempt)
try:
    always_bad()
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", e.__cause__)
def identity(fn):
    return fn
@identity
class K:
    v = 3
print(K.v)
