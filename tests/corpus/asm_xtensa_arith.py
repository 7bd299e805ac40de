# @micropython.asm_xtensa: arithmetic, logic, shifts and multiplies.
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


VALUES = [0, 1, -1, 2, 7, 100, -100, 12345, -54321, 0x7FFFFFFF, -0x80000000, 0x12345678, 0xFFFF]


@micropython.asm_xtensa
def add3(a2, a3, a4):
    add(a2, a2, a3)
    add_n(a2, a2, a4)


def py_add3(a, b, c):
    return s32(a + b + c)


@micropython.asm_xtensa
def sub2(a2, a3):
    sub(a2, a2, a3)


def py_sub2(a, b):
    return s32(a - b)


@micropython.asm_xtensa
def negabs(a2):
    neg(a3, a2)
    abs_(a4, a2)
    xor(a2, a3, a4)


def py_negabs(a):
    a = s32(a)
    return s32((-a) ^ abs(a))


@micropython.asm_xtensa
def logic(a2, a3):
    and_(a4, a2, a3)
    or_(a5, a2, a3)
    xor(a6, a2, a3)
    slli(a4, a4, 2)
    add(a2, a4, a5)
    sub(a2, a2, a6)


def py_logic(a, b):
    return s32(((a & b) << 2) + (a | b) - (a ^ b))


@micropython.asm_xtensa
def scaled(a2, a3):
    addx2(a4, a2, a3)
    addx4(a5, a2, a3)
    addx8(a6, a2, a3)
    subx2(a7, a2, a3)
    subx4(a8, a2, a3)
    subx8(a9, a2, a3)
    add(a2, a4, a5)
    add(a2, a2, a6)
    xor(a2, a2, a7)
    add(a2, a2, a8)
    xor(a2, a2, a9)


def py_scaled(a, b):
    r = s32(2 * a + b) + s32(4 * a + b) + s32(8 * a + b)
    r = s32(r) ^ s32(2 * a - b)
    r = s32(r + s32(4 * a - b))
    return s32(r ^ s32(8 * a - b))


@micropython.asm_xtensa
def immediates(a2):
    addi(a2, a2, -128)
    addi(a2, a2, 127)
    addi_n(a2, a2, -1)
    addi_n(a2, a2, 15)
    addmi(a2, a2, 256 * 3)
    addmi(a2, a2, -32768)


def py_immediates(a):
    return s32(a - 128 + 127 - 1 + 15 + 768 - 32768)


@micropython.asm_xtensa
def mul(a2, a3):
    mull(a2, a2, a3)


def py_mul(a, b):
    return s32(a * b)


@micropython.asm_xtensa
def mul16(a2, a3) -> uint:
    mul16u(a4, a2, a3)
    mul16s(a5, a2, a3)
    xor(a2, a4, a5)


def py_mul16(a, b):
    def s16(x):
        x &= 0xFFFF
        return x - 0x10000 if x & 0x8000 else x

    return ((a & 0xFFFF) * (b & 0xFFFF) ^ (s16(a) * s16(b))) & M


@micropython.asm_xtensa
def shl(a2, a3):
    ssl(a3)
    sll(a2, a2)


def py_shl(a, n):
    return s32(a << n)


@micropython.asm_xtensa
def shr(a2, a3) -> uint:
    ssr(a3)
    srl(a2, a2)


def py_shr(a, n):
    return (a & M) >> n


@micropython.asm_xtensa
def sar(a2, a3):
    ssr(a3)
    sra(a2, a2)


def py_sar(a, n):
    return s32(a) >> n


@micropython.asm_xtensa
def shimm(a2):
    slli(a3, a2, 5)
    srai(a4, a2, 3)
    srli(a5, a2, 15)
    add(a2, a3, a4)
    add(a2, a2, a5)


def py_shimm(a):
    return s32(s32(a << 5) + (s32(a) >> 3) + ((a & M) >> 15))


@micropython.asm_xtensa
def funnel(a2, a3) -> uint:
    ssai(12)
    src(a2, a2, a3)


def py_funnel(hi, lo):
    return ((((hi & M) << 32) | (lo & M)) >> 12) & M


@micropython.asm_xtensa
def rotl8(a2) -> uint:
    movi(a3, 1)
    ssa8b(a3)
    src(a2, a2, a2)


def py_rotl8(a):
    a &= M
    return ((a << 8) | (a >> 24)) & M


@micropython.asm_xtensa
def clz(a2):
    nsau(a2, a2)


def py_clz(a):
    a &= M
    return 32 - a.bit_length()


@micropython.asm_xtensa
def redundant_sign_bits(a2):
    nsa(a2, a2)


def py_redundant_sign_bits(a):
    a = s32(a)
    if a < 0:
        a = ~a
    return 31 - a.bit_length()


@micropython.asm_xtensa
def fields(a2) -> uint:
    extui(a3, a2, 4, 8)
    extui(a4, a2, 20, 12)
    slli(a4, a4, 8)
    or_(a2, a3, a4)


def py_fields(a):
    return ((a >> 4) & 0xFF) | (((a >> 20) & 0xFFF) << 8)


@micropython.asm_xtensa
def condmoves(a2, a3):
    movi(a4, 0)
    moveqz(a4, a3, a2)
    movi_n(a5, 7)
    movltz(a5, a3, a2)
    add(a2, a4, a5)


def py_condmoves(a, b):
    r = b if s32(a) == 0 else 0
    r2 = b if s32(a) < 0 else 7
    return s32(r + r2)


for v in VALUES:
    print("unary", v, negabs(v), immediates(v), shimm(v), clz(v), redundant_sign_bits(v),
          fields(v), rotl8(v))
for a in VALUES[:9]:
    for b in VALUES[3:12]:
        print(a, b, add3(a, b, 3), sub2(a, b), logic(a, b), scaled(a, b), mul(a, b),
              mul16(a, b), funnel(a, b), condmoves(a, b))
for n in range(32):
    print("shift", n, shl(0x12345679, n), shr(-0x12345679, n), sar(-0x12345679, n), sar(n, n))
