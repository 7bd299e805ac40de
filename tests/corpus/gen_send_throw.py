def averager():
    total = 0
    count = 0
    avg = None
    while True:
        val = yield avg
        total += val
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10))
print(a.send(20))
print(a.send(60))

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught ValueError", e)
            yield "recovered"

c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("boom")))
next(c)
c.send(2)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    c.send(3)
except StopIteration:
    print("generator finished")

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")

g = closer()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

g2 = closer()
g2.close()
print("closed before start")

def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_closer()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def not_started():
    x = yield 1
    print("x =", x)
n = not_started()
try:
    n.send(5)
except TypeError:
    print("TypeError: can't send non-None to just-started generator")
print(n.send(None))
try:
    n.send("hello")
except StopIteration:
    print("stop")

def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError("fresh"))
except IndexError as e:
    print("thrown into fresh gen:", e)
print(next(t, "empty"))
