counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter, bump())

def make_global():
    global created_later
    created_later = "I exist"
make_global()
print(created_later)

x = "module"
def read_only():
    return x
def shadowing():
    x = "local"
    return x
print(read_only(), shadowing(), x)

def unbound():
    try:
        print(y_local)
    except NameError as e:
        print(type(e).__name__)
    y_local = 1
unbound()

def unbound_local():
    try:
        v = x
        x = 5
    except UnboundLocalError as e:
        print("UnboundLocalError", isinstance(e, NameError))
unbound_local()

def outer():
    a = 1
    b = 1
    def inner():
        nonlocal a
        a += 10
        b = 99
        return a, b
    r = inner()
    return r, a, b
print(outer())

def nl_chain():
    v = 0
    def l1():
        def l2():
            nonlocal v
            v += 1
        l2(); l2()
    l1()
    return v
print(nl_chain())

def global_in_nested():
    def inner():
        global counter
        counter = 1000
    inner()
print(counter)
global_in_nested()
print(counter)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
print("counter" in globals(), globals()["counter"])
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
