def count(*args):
    return len(args), args

print(count())
print(count(1))
print(count(1, 'two', [3]))
print(count(*range(5)))
print(count(*"abc", *[1, 2]))

def total(first, *rest):
    s = first
    for r in rest:
        s += r
    return s

print(total(1))
print(total(1, 2, 3))
print(total("a", "b", "c"))
print(total([1], [2], [3, 4]))

def show(*args, sep="-"):
    return sep.join(str(a) for a in args)

print(show(1, 2, 3))
print(show(1, 2, 3, sep="+"))
print(type(count()[1]).__name__)

def passthrough(*args):
    return count(*args)
print(passthrough(9, 8))

def nested(*a):
    def inner(*b):
        return a + b
    return inner
print(nested(1, 2)(3, 4))
args = (5, 6)
print(total(*args, *args))
print(max(*[3, 9, 2]))
