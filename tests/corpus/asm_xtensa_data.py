# @micropython.asm_xtensa: constants (movi of any 32-bit value, data() + l32r), call0 to
# local subroutines, return types and argument conversion.
# CPython cannot run asm_xtensa functions, so the .exp comes from CPython running the
# equivalent pure-Python twin of each function (py_NAME): under CPython the decorator
# defined below replaces every asm function by its twin.
try:
    import micropython
except ImportError:

    class micropython:
        def asm_xtensa(f):
            return lambda *a: globals()["py_" + f.__name__](*a)

    uint = int

M = 0xFFFFFFFF


def s32(x):
    x &= M
    return x - (1 << 32) if x & 0x80000000 else x


def conv(x):
    # What an argument becomes in a register.
    if x is None:
        return 0
    return int(x) & M


@micropython.asm_xtensa
def consts() -> uint:
    movi(a2, 0xDEADBEEF)
    movi(a3, -2048)
    movi(a4, 2047)
    movi(a5, 0x12345678)
    movi(a6, 0xDEADBEEF)
    add(a2, a2, a3)
    add(a2, a2, a4)
    xor(a2, a2, a5)
    sub(a2, a2, a6)


def py_consts():
    return ((((0xDEADBEEF - 2048 + 2047) & M) ^ 0x12345678) - 0xDEADBEEF) & M


@micropython.asm_xtensa
def small_consts():
    movi_n(a2, -32)
    movi_n(a3, 95)
    movi(a4, -1)
    add(a2, a2, a3)
    add(a2, a2, a4)


def py_small_consts():
    return -32 + 95 - 1


@micropython.asm_xtensa
def big_const(a2) -> uint:
    movi(a3, 1 << 31)
    movi(a4, (1 << 32) - 1)
    movi(a5, -(1 << 31))
    or_(a2, a2, a3)
    xor(a2, a2, a4)
    add(a2, a2, a5)


def py_big_const(a):
    return ((((a | (1 << 31)) & M) ^ M) + (1 << 31)) & M


# A table of words after the code, read with l32r from a label before each load
# (l32r only reaches backward).
@micropython.asm_xtensa
def table(a2) -> uint:
    j(start)
    align(4)
    label(t0)
    data(4, 0x11111111)
    label(t1)
    data(4, 0x22222222, 0x7FFFFFFF)
    label(bytes4)
    data(1, 1, 2, 3, 4)
    label(halves)
    data(2, 0xBEEF, -1)
    label(start)
    l32r(a3, t0)
    l32r(a4, t1)
    l32r(a5, bytes4)
    l32r(a6, halves)
    bnez(a2, other)
    add(a2, a3, a4)
    xor(a2, a2, a5)
    j(done)
    label(other)
    add(a2, a5, a6)
    label(done)


def py_table(a):
    if a:
        return (0x04030201 + 0xFFFFBEEF) & M
    return ((0x11111111 + 0x22222222) ^ 0x04030201) & M


# call0 to local subroutines: the prologue saved a0, so the function may clobber it.
@micropython.asm_xtensa
def twice_square_plus(a2, a3):
    mov(a12, a3)
    call0(square)
    add(a2, a2, a2)
    add(a2, a2, a12)
    j(end)
    align(4)
    label(square)
    mull(a2, a2, a2)
    ret_n()
    label(end)


def py_twice_square_plus(a, b):
    return s32(2 * a * a + b)


@micropython.asm_xtensa
def fact(a2):
    movi(a3, 1)
    label(loop)
    beqz(a2, done)
    call0(mul_step)
    addi(a2, a2, -1)
    j(loop)
    align(4)
    label(mul_step)
    mull(a3, a3, a2)
    ret()
    label(done)
    mov(a2, a3)


def py_fact(n):
    r = 1
    for i in range(1, n + 1):
        r = s32(r * i)
    return r


@micropython.asm_xtensa
def ident(a2):
    pass


def py_ident(a):
    return s32(conv(a))


@micropython.asm_xtensa
def ident_u(a2) -> uint:
    nop()
    nop_n()


def py_ident_u(a):
    return conv(a)


@micropython.asm_xtensa
def nonzero(a2) -> bool:
    """Docstrings are allowed."""
    pass


def py_nonzero(a):
    return conv(a) != 0


@micropython.asm_xtensa
def sum4(a2, a3, a4, a5):
    add(a2, a2, a3)
    add(a2, a2, a4)
    add(a2, a2, a5)


def py_sum4(a, b, c, d):
    return s32(conv(a) + conv(b) + conv(c) + conv(d))


# The callee-saved registers may be clobbered: the prologue saves them.
@micropython.asm_xtensa
def clobber(a2):
    movi(a12, 1)
    movi(a13, 2)
    movi(a14, 3)
    movi(a15, 4)
    add(a2, a2, a12)
    add(a2, a2, a13)
    add(a2, a2, a14)
    add(a2, a2, a15)


def py_clobber(a):
    return s32(a + 10)


@micropython.asm_xtensa
def no_args() -> uint:
    movi(a2, 0x80000000)


def py_no_args():
    return 0x80000000


print("consts", consts(), small_consts(), no_args(), hex(consts()))
for v in [0, 1, 0x12345678, -1, 0x7FFFFFFF]:
    print("big_const", v, big_const(v))
print("table", hex(table(0)), hex(table(1)))
for a, b in [(0, 0), (3, 4), (-7, 100), (1000, -1), (46341, 0)]:
    print("call0", a, b, twice_square_plus(a, b))
for n in [0, 1, 5, 10, 12, 13, 20]:
    print("fact", n, fact(n))
ARGS = [0, 1, -1, 255, 2**31, 2**32 + 5, -(2**40) - 3, 2**100 + 7, True, False, None, 3.9, -2.5,
        1e9]
for a in ARGS:
    print("arg", repr(a), ident(a), ident_u(a), nonzero(a))
print("sum4", sum4(1, 2, 3, 4), sum4(-1, -2, -3, 0x7FFFFFFF), sum4(True, None, 2.5, 2**33))
print("clobber", clobber(5), clobber(-10))
for f, args in [(ident, ()), (ident, (1, 2)), (sum4, (1, 2, 3)), (ident, ([1],)),
                (ident, ({},))]:
    try:
        f(*args)
    except TypeError:
        print("TypeError", len(args))
try:
    ident(a2=1)
except TypeError:
    print("TypeError kw")
