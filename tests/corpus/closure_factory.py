def make_ops():
    ops = {}
    for name, sym in [("add", "+"), ("mul", "*"), ("sub", "-")]:
        def op(a, b, sym=sym):
            if sym == "+":
                return a + b
            if sym == "*":
                return a * b
            return a - b
        ops[name] = op
    return ops
ops = make_ops()
print(sorted((k, v(6, 3)) for k, v in ops.items()))

def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2); push(3)
print(pop(), size(), pop(), size())

def once(fn):
    done = False
    result = None
    def w(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return w
init = once(lambda x: x * 100)
print(init(1), init(2), init(3))

def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nx = fib_gen_closure()
print([nx() for _ in range(12)])

def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30), wd(500), dep(0))
def power_factory(exp):
    return lambda base: base ** exp
sq, cu = power_factory(2), power_factory(3)
print(sq(5), cu(5), [power_factory(e)(2) for e in range(6)])
