# upy: RecursionError is a CPython-only class; upy follows MicroPython and raises RuntimeError
def down(n):
    return down(n + 1) + 1

down(0)
