# upy: try/except is not supported in viper code here (CPython has no viper).
import micropython


@micropython.viper
def f(a: int) -> int:
    try:
        return a
    except ValueError:
        return 0


f(1)
