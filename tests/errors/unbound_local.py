def f():
    v += 1

f()
