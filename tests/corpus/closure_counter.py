def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2(-50))
print(c1())

def make_acc():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    def get():
        return total, list(items)
    return add, get

add, get = make_acc()
add(3); add(4)
print(get())
print(add(10))

def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner
    f = mid()
    f(); f()
    return x, f()
print(outer())

def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
u, d = counter_pair()
print(u(), u(), u(), d(), u())
print(c1.__name__)
