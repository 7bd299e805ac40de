log = []

def trace(fn):
    def wrapper(*args, **kwargs):
        log.append("call " + fn.__name__ + " " + repr(args))
        result = fn(*args, **kwargs)
        log.append("ret " + repr(result))
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b

print(add(2, 3))
print(add("x", "y"))
print(add.__name__)
for line in log:
    print(line)

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))

def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"
def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"

@bold
@italic
def text(s):
    return s
print(text("stacked"))

@italic
@bold
def text2(s):
    return s
print(text2("order"))

registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("sq")
def square(x):
    return x * x
@register("neg")
def negate(x):
    return -x
print(sorted(registry))
print(registry["sq"](9), registry["neg"](9), square(4))

def count_calls(fn):
    def w(*a):
        w.count += 1
        return fn(*a)
    w.count = 0
    return w
@count_calls
def noop():
    pass
for _ in range(7):
    noop()
print(noop.count)
