# upy: only machine ints are stored through viper pointers (MicroPython's ViperTypeError;
# CPython has no viper).
import micropython


@micropython.viper
def f(buf, v):
    p = ptr8(buf)
    p[0] = v


f(bytearray(4), 1)
