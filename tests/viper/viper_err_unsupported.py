# upy: viper functions cannot be generators (MicroPython: NotImplementedError "native yield";
# here a ViperTypeError naming the instruction; CPython has no viper).
import micropython


@micropython.viper
def f(a: int):
    for i in range(a):
        yield i


list(f(3))
