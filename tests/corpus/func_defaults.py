def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet("Di", punct="."))
print(greet(greeting="Hey", name="Ed"))

def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe_append(1))
print(safe_append(2))

N = 10
def uses_default(a=N):
    return a
N = 20
print(uses_default())
print(uses_default(5))

def many(a, b=2, c=3, d=4):
    return (a, b, c, d)

print(many(1))
print(many(1, 5))
print(many(1, d=9))
print(many(1, c=7, b=8))
print(many(*[1, 2, 3]))
print(many(1, *(6,), **{'d': 0}))
print(many.__defaults__ if hasattr(many, '__defaults__') else None)

def expr_default(x=[i * i for i in range(4)], y={'k': 1}):
    return x, y
print(expr_default())
print(expr_default(y=None))
