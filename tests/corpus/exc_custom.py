class MyError(Exception):
    pass

class DetailedError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)

class SubError(MyError):
    pass

class ValidationError(ValueError):
    def __init__(self, field):
        super().__init__("invalid field: " + field)
        self.field = field

for exc in [MyError("plain"), DetailedError(404, "not found"), SubError("sub"), ValidationError("age")]:
    try:
        raise exc
    except MyError as e:
        print("MyError branch:", type(e).__name__, e, e.args)
    except DetailedError as e:
        print("Detailed:", e, e.code, e.msg, e.args, repr(e))
    except ValueError as e:
        print("ValueError branch:", type(e).__name__, e, e.field)

print(issubclass(SubError, MyError), issubclass(SubError, Exception), issubclass(MyError, SubError))
print(issubclass(ValidationError, ValueError), issubclass(ValidationError, (KeyError, ValueError)))
print(isinstance(SubError(), BaseException), isinstance(KeyboardInterrupt(), Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnicodeError, ValueError), issubclass(AssertionError, Exception), issubclass(TypeError, Exception))
print([c.__name__ for c in SubError.__mro__])
print(MyError().args, MyError(1, 2).args, str(MyError(1, 2)), str(MyError("one")))
print(repr(MyError()), repr(MyError("a")), repr(SubError(1, "b")))

def risky(n):
    if n == 1:
        raise MyError("one")
    if n == 2:
        raise SubError("two")
    if n == 3:
        raise KeyError("three")
    return "ok"

for n in range(4):
    try:
        print(risky(n))
    except (SubError, KeyError) as e:
        print("tuple caught", type(e).__name__, e)
    except MyError as e:
        print("base caught", type(e).__name__, e)

class WithAttrs(Exception):
    pass
e = WithAttrs("m")
e.extra = 5
try:
    raise e
except WithAttrs as caught:
    print(caught is e, caught.extra)
try:
    raise MyError
except MyError as e:
    print("raised class ->", type(e).__name__, e.args)
