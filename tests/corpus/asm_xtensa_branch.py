# @micropython.asm_xtensa: branches, loops and branch relaxation.
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


# MicroPython's failing case: a forward beqz exit and a backward j.
@micropython.asm_xtensa
def count3(a2):
    movi(a3, 0)
    label(loop)
    beqz(a2, done)
    addi(a3, a3, 3)
    addi_n(a2, a2, -1)
    j(loop)
    label(done)
    mov(a2, a3)


def py_count3(n):
    return 3 * n


# The same loop with 4 KB of padding between the exit test and its target: the beqz is
# relaxed into bnez over a j.
@micropython.asm_xtensa
def count3_far(a2):
    movi(a3, 0)
    label(loop)
    beqz(a2, done)
    addi(a3, a3, 3)
    addi_n(a2, a2, -1)
    j(loop)
    align(4096)
    label(done)
    mov(a2, a3)


def py_count3_far(n):
    return 3 * n


# A forward bbsi and a backward bne across 256 bytes of padding (both relaxed).
@micropython.asm_xtensa
def far_back(a2, a3):
    movi(a4, 0)
    movi(a5, 0)
    label(top)
    bbsi(a3, 4, bit_set)
    addi(a4, a4, 1)
    addi(a2, a2, -1)
    j(check)
    align(256)
    label(check)
    bbsi(a2, 31, out)
    bne(a2, a5, top)
    j(out)
    label(bit_set)
    addmi(a4, a4, 1024)
    label(out)
    mov(a2, a4)


def py_far_back(n, flag):
    if flag & 16:
        return 1024
    count = 0
    while True:
        count += 1
        n -= 1
        if n < 0 or n == 0:
            return count


@micropython.asm_xtensa
def triangle(a2):
    movi_n(a3, 0)
    beqz_n(a2, end)
    label(top)
    add(a3, a3, a2)
    addi(a2, a2, -1)
    bnez(a2, top)
    label(end)
    mov_n(a2, a3)


def py_triangle(n):
    return n * (n + 1) // 2


@micropython.asm_xtensa
def gcd(a2, a3):
    label(loop)
    beq(a2, a3, done)
    blt(a2, a3, smaller)
    sub(a2, a2, a3)
    j(loop)
    label(smaller)
    sub(a3, a3, a2)
    j(loop)
    label(done)


def py_gcd(a, b):
    while a != b:
        if a < b:
            b -= a
        else:
            a -= b
    return a


@micropython.asm_xtensa
def popcount(a2):
    movi(a3, 0)
    movi(a4, 32)
    label(loop)
    bbci(a2, 0, skip)
    addi(a3, a3, 1)
    label(skip)
    srli(a2, a2, 1)
    addi(a4, a4, -1)
    bnez(a4, loop)
    mov(a2, a3)


def py_popcount(a):
    return bin(a & M).count("1")


@micropython.asm_xtensa
def collatz(a2):
    movi(a3, 0)
    movi(a5, 1)
    label(loop)
    beq(a2, a5, done)
    addi(a3, a3, 1)
    bbsi(a2, 0, odd)
    srli(a2, a2, 1)
    j(loop)
    label(odd)
    addx2(a2, a2, a2)
    addi(a2, a2, 1)
    j(loop)
    label(done)
    mov(a2, a3)


def py_collatz(n):
    steps = 0
    while n != 1:
        steps += 1
        n = 3 * n + 1 if n & 1 else n // 2
    return steps


# Each comparison shifts in one bit: 1 when its branch is not taken.
@micropython.asm_xtensa
def compare(a2, a3) -> uint:
    movi(a4, 0)
    slli(a4, a4, 1)
    blt(a2, a3, l0)
    addi(a4, a4, 1)
    label(l0)
    slli(a4, a4, 1)
    bltu(a2, a3, l1)
    addi(a4, a4, 1)
    label(l1)
    slli(a4, a4, 1)
    bge(a2, a3, l2)
    addi(a4, a4, 1)
    label(l2)
    slli(a4, a4, 1)
    bgeu(a2, a3, l3)
    addi(a4, a4, 1)
    label(l3)
    slli(a4, a4, 1)
    beq(a2, a3, l4)
    addi(a4, a4, 1)
    label(l4)
    slli(a4, a4, 1)
    bne(a2, a3, l5)
    addi(a4, a4, 1)
    label(l5)
    slli(a4, a4, 1)
    ball(a2, a3, l6)
    addi(a4, a4, 1)
    label(l6)
    slli(a4, a4, 1)
    bany(a2, a3, l7)
    addi(a4, a4, 1)
    label(l7)
    slli(a4, a4, 1)
    bnone(a2, a3, l8)
    addi(a4, a4, 1)
    label(l8)
    slli(a4, a4, 1)
    bnall(a2, a3, l9)
    addi(a4, a4, 1)
    label(l9)
    slli(a4, a4, 1)
    bbc(a2, a3, l10)
    addi(a4, a4, 1)
    label(l10)
    slli(a4, a4, 1)
    bbs(a2, a3, l11)
    addi(a4, a4, 1)
    label(l11)
    slli(a4, a4, 1)
    bltz(a2, l12)
    addi(a4, a4, 1)
    label(l12)
    slli(a4, a4, 1)
    bgez(a3, l13)
    addi(a4, a4, 1)
    label(l13)
    mov(a2, a4)


def py_compare(a, b):
    sa, sb, ua, ub = s32(a), s32(b), a & M, b & M
    bit = (ua >> (ub & 31)) & 1
    taken = [sa < sb, ua < ub, sa >= sb, ua >= ub, ua == ub, ua != ub, ua & ub == ub,
             ua & ub != 0, ua & ub == 0, ua & ub != ub, bit == 0, bit == 1, sa < 0, sb >= 0]
    r = 0
    for t in taken:
        r = 2 * r + (not t)
    return r


@micropython.asm_xtensa
def less(a2, a3) -> bool:
    movi(a4, 1)
    blt(a2, a3, yes)
    movi(a4, 0)
    label(yes)
    mov(a2, a4)


def py_less(a, b):
    return s32(a) < s32(b)


# Immediate-operand branches (upy extras; MicroPython lacks them).
@micropython.asm_xtensa
def classify(a2) -> uint:
    movi(a3, 0)
    beqi(a2, -1, minus_one)
    bnei(a2, 8, not_eight)
    addi(a3, a3, 1)
    label(not_eight)
    blti(a2, 12, small)
    addi(a3, a3, 2)
    label(small)
    bgei(a2, 256, big)
    addi(a3, a3, 4)
    label(big)
    bltui(a2, 32768, ushort)
    addi(a3, a3, 8)
    label(ushort)
    bgeui(a2, 65536, done)
    addi(a3, a3, 16)
    j(done)
    label(minus_one)
    movi(a3, 100)
    label(done)
    mov(a2, a3)


def py_classify(a):
    if s32(a) == -1:
        return 100
    r = 0
    if a == 8:
        r += 1
    if not s32(a) < 12:
        r += 2
    if not s32(a) >= 256:
        r += 4
    if not (a & M) < 32768:
        r += 8
    if not (a & M) >= 65536:
        r += 16
    return r


for n in [0, 1, 2, 5, 100, 1000, 65535]:
    print("count", n, count3(n), count3_far(n), triangle(n), far_back(n, 0), far_back(n, 16))
for a, b in [(12, 18), (7, 13), (100, 75), (1071, 462), (5, 5), (65536, 4096)]:
    print("gcd", a, b, gcd(a, b))
for v in [0, 1, 3, 255, 0x80000000, -1, 0x12345678, -0x55555556]:
    print("popcount", v, popcount(v))
for n in [1, 2, 3, 6, 7, 27, 97, 871]:
    print("collatz", n, collatz(n))
VALUES = [0, 1, -1, 3, 5, 8, 12, 31, 32, 255, 256, 32768, 65536, -5, -0x80000000, 0x7FFFFFFF]
for a in VALUES:
    print("classify", a, classify(a))
    for b in VALUES[::3]:
        print("compare", a, b, compare(a, b), less(a, b), less(b, a))
