# upy: a viper local keeps the type of its first assignment (MicroPython's ViperTypeError;
# CPython has no viper). Raised when the function is first called, pointing at the store.
import micropython


@micropython.viper
def f(x) -> int:
    n = 1
    n = x
    return n


f(2)
