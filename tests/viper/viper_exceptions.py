# Viper code with try/except/finally and with: handlers, re-raising, break/continue/return
# through finally, exceptions from callees and from machine division. (The .exp comes from
# CPython running the functions as plain Python through helper_viper.)
try:
    import micropython
except ImportError:
    from helper_viper import micropython, install

    install()


class CM:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return 5

    def __exit__(self, t, v, tb):
        self.log.append("exit " + ("error" if t else "ok"))
        return t is KeyError


def boom(n):
    if n == 3:
        raise IndexError("three")
    return n


@micropython.viper
def divide(a: int, b: int) -> int:
    r = 0
    try:
        r = a // b
    except ZeroDivisionError:
        r = -1
    finally:
        r += 100
    try:
        raise ValueError("x")
    except ValueError as e:
        r += 1000
    return r


@micropython.viper
def managed(n: int, log) -> int:
    s = 0
    with CM(log) as c:
        s = n + int(c)
    with CM(log):
        raise KeyError(n)
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            s += i * 10
        finally:
            s += 1
    return s


@micropython.viper
def callee_errors(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            total += int(boom(i))
        except IndexError as e:
            total += 1000
    return total


@micropython.viper
def reraise(n: int) -> int:
    try:
        return int(boom(n))
    except IndexError:
        raise


@micropython.viper
def return_in_finally(n: int) -> int:
    try:
        return n * 2
    finally:
        n = 0


print(divide(7, 2), divide(7, 0))
log = []
print(managed(3, log), log)
print(callee_errors(2), callee_errors(6))
print(reraise(2))
try:
    reraise(3)
except IndexError as e:
    print("IndexError", e)
print(return_in_finally(21))
