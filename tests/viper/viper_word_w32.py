# Viper machine ints are 32-bit words on 32-bit hosts, as on the ESP8266: arithmetic wraps at the word
# size and uint shifts see its top bits. Run only where the word has this size (the runner
# picks `_w32` programs by the host's pointer width); `sword` maps a Python int to the
# signed value the word holds, so CPython computes the expectation.
try:
    import micropython
except ImportError:
    from helper_viper import micropython, install

    install(32)

BITS = 32


def sword(x):
    x &= (1 << BITS) - 1
    return x - (1 << BITS) if x >> (BITS - 1) else x


@micropython.viper
def shifts(a: int, n: int) -> int:
    return (a << n) + (a >> n)


@micropython.viper
def unsigned_shift(a: uint) -> uint:
    return a >> 28


@micropython.viper
def wrap(a: int, b: int) -> int:
    return a * b + a


@micropython.viper
def add_sub(a: int, b: int):
    return (a + b, a - b)


top = 1 << (BITS - 1)
print(sword(shifts(1, BITS - 1)), sword(shifts(3, BITS - 2)), sword(shifts(-1, BITS - 1)))
print(unsigned_shift((1 << BITS) - 1), unsigned_shift(1 << (BITS - 2)))
print(sword(wrap(3 << (BITS - 3), 5)), sword(wrap(-(1 << (BITS - 2)), 4)), wrap(1000, 1000))
print([sword(v) for v in add_sub(top - 1, 1)], [sword(v) for v in add_sub(-top, 1)])
