class AppError(Exception):
    pass

def load(k):
    try:
        return {"a": 1}[k]
    except KeyError as e:
        raise AppError("missing " + k) from e

try:
    load("z")
except AppError as e:
    print(repr(e))
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
    print(type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__cause__, e.__context__)

def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("logging")
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", repr(e))

def reraise_named():
    try:
        int("bad")
    except ValueError as e:
        err = e
    raise err
try:
    reraise_named()
except ValueError as e:
    print("reraised named:", e)

try:
    raise IndexError("direct") from KeyError("cause")
except IndexError as e:
    print(repr(e), repr(e.__cause__))

def nested_ctx():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise TypeError(2)
        except TypeError:
            raise ValueError(3)
try:
    nested_ctx()
except ValueError as e:
    c = e.__context__
    print(repr(e), repr(c), repr(c.__context__))

e1 = ValueError("x")
print(e1.__cause__, e1.__context__)
try:
    raise RuntimeError
except RuntimeError as e:
    print(type(e).__name__, repr(e))
