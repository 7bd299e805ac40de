# upy: a typed return must get a value of its type (MicroPython's ViperTypeError; CPython has
# no viper).
import micropython


@micropython.viper
def f(a: int) -> uint:
    return a + 1


f(1)
