# upy: the request is larger than upy's fixed heap (CPython would simply grant it); the message says how much was asked for, as MicroPython's does, and the traceback is printed as for any exception
def grow(n):
    return bytearray(n)

try:
    grow(200_000_000)
except MemoryError:
    print("caught; the interpreter goes on")
grow(200_000_000)
