funcs = []
for i in range(5):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(5):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def make(i):
    return lambda: i * 10
funcs = [make(i) for i in range(5)]
print([f() for f in funcs])

def scope_test():
    fs = []
    x = 'before'
    fs.append(lambda: x)
    x = 'after'
    return fs[0]()
print(scope_test())

def loop_closure():
    out = []
    for word in ["a", "b", "c"]:
        def show():
            return word
        out.append(show)
    return [f() for f in out]
print(loop_closure())

adders = {}
for n in (1, 2, 3):
    def adder(x, n=n):
        return x + n
    adders[n] = adder
print([adders[k](100) for k in sorted(adders)])

x = 'global'
def f():
    return x
def g():
    x = 'local'
    return f()
print(g())

def h():
    vals = [lambda: j for j in range(3)]
    return [v() for v in vals]
print(h())

def cell_shared():
    v = 0
    def a():
        return v
    def b():
        nonlocal v
        v += 5
    b(); r1 = a(); b(); r2 = a()
    return r1, r2
print(cell_shared())
