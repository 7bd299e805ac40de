# Viper machine ints are words of the host's size (64 bits on x86-64, 32 on 32-bit hosts and
# the ESP8266): arithmetic wraps at the word size and uint shifts see its top bits. Each case
# is checked against Python arithmetic wrapped to that size and prints "ok" (or both values),
# so the expected output is the same for every word size.
import sys

# Under CPython the functions run as plain Python (helper_viper), so their results are
# wrapped here; upy's come from machine words and must already be in the word's range.
PLAIN = False
try:
    import micropython
except ImportError:
    from helper_viper import micropython, install

    install()
    PLAIN = True

BITS = sys.maxsize.bit_length() + 1
TOP = 1 << (BITS - 1)


def sword(x):
    x &= (1 << BITS) - 1
    return x - (1 << BITS) if x & TOP else x


def w(x):
    return sword(x) if PLAIN else x


def check(name, got, want):
    print(name, "ok" if got == want else (got, want))


@micropython.viper
def shifts(a: int, n: int) -> int:
    return (a << n) + (a >> n)


@micropython.viper
def unsigned_top(a: uint, n: int) -> uint:
    return a >> n


@micropython.viper
def wrap(a: int, b: int) -> int:
    return a * b + a


@micropython.viper
def add_sub(a: int, b: int):
    return (a + b, a - b)


check("shl to the sign bit", w(shifts(1, BITS - 1)), -TOP)
check("shl past it", w(shifts(3, BITS - 2)), sword(3 << (BITS - 2)))
check("shl of -1", w(shifts(-1, BITS - 1)), sword(-TOP - 1))
check("uint top bits", unsigned_top((1 << BITS) - 1, BITS - 4), 15)
check("uint second bit", unsigned_top(1 << (BITS - 2), BITS - 4), 4)
check("mul wraps", w(wrap(3 << (BITS - 3), 5)), sword(18 << (BITS - 3)))
check("mul of negative", w(wrap(-(1 << (BITS - 2)), 4)), sword(-5 << (BITS - 2)))
check("small mul", wrap(1000, 1000), 1001000)
check("add and sub at the top", [w(v) for v in add_sub(TOP - 1, 1)], [-TOP, TOP - 2])
check("add and sub at the bottom", [w(v) for v in add_sub(-TOP, 1)], [1 - TOP, TOP - 1])
