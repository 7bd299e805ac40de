# upy: viper refuses to compare int with uint (MicroPython's ViperTypeError; CPython has no
# viper).
import micropython


@micropython.viper
def f(a: int, b: uint) -> bool:
    return a < b


print(f(1, 2))
