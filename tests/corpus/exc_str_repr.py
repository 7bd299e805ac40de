cases = [
    Exception(), Exception("msg"), Exception("a", 1), Exception(None), Exception(42),
    ValueError("bad value"), KeyError("key"), KeyError(1), KeyError(), IndexError("idx"),
    TypeError(), RuntimeError("rt"), StopIteration(5), ZeroDivisionError("division by zero"),
    AttributeError("attr"), NameError("nm"), AssertionError(), AssertionError("why"),
    NotImplementedError("todo"), OSError("os") if True else None, Exception(""), Exception("x", ""),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(str(KeyError("a b")), repr(KeyError("a b")))
print(StopIteration(7).value, StopIteration().value)
try:
    raise KeyError("missing")
except LookupError as e:
    print("%s -> %s" % (type(e).__name__, e))
e = ValueError("orig")
e.args = ("changed",)
print(e, e.args)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
err = E("first", "second")
print(err, repr(err), err.args, err.b)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
ns = NoSuper(5)
print(repr(ns.x), ns.args == () or ns.args == (5,))
print(isinstance(ValueError(), Exception), isinstance(ValueError, type))
