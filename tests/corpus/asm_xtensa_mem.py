# @micropython.asm_xtensa: loads and stores through buffer arguments (bytearray, bytes,
# memoryview, str): 8/16/32-bit, signed and unsigned, read back in Python.
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


def put(buf, off, size, value):
    buf[off:off + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")


def get(buf, off, size, signed=False):
    return int.from_bytes(bytes(buf[off:off + size]), "little", signed=signed)


# Stores a value at several widths and offsets.
@micropython.asm_xtensa
def stores(a2, a3):
    s8i(a3, a2, 0)
    s8i(a3, a2, 1)
    s16i(a3, a2, 2)
    s32i(a3, a2, 4)
    s32i_n(a3, a2, 8)
    srli(a4, a3, 8)
    s8i(a4, a2, 255)
    s16i(a4, a2, 510)
    s32i(a4, a2, 1020)
    movi(a2, 0)


def py_stores(buf, v):
    put(buf, 0, 1, v)
    put(buf, 1, 1, v)
    put(buf, 2, 2, v)
    put(buf, 4, 4, v)
    put(buf, 8, 4, v)
    w = (v & M) >> 8
    put(buf, 255, 1, w)
    put(buf, 510, 2, w)
    put(buf, 1020, 4, w)
    return 0


# Loads at several widths; returns a mix so every load matters.
@micropython.asm_xtensa
def loads(a2) -> uint:
    l8ui(a3, a2, 3)
    l16ui(a4, a2, 6)
    l16si(a5, a2, 10)
    l32i(a6, a2, 12)
    l32i_n(a7, a2, 60)
    l32i(a8, a2, 1020)
    add(a2, a3, a4)
    xor(a2, a2, a5)
    add(a2, a2, a6)
    xor(a2, a2, a7)
    sub(a2, a2, a8)


def py_loads(buf):
    r = get(buf, 3, 1) + get(buf, 6, 2)
    r ^= get(buf, 10, 2, True) & M
    r += get(buf, 12, 4)
    r ^= get(buf, 60, 4)
    return (r - get(buf, 1020, 4)) & M


# Sum of a2[0:a3] as unsigned bytes.
@micropython.asm_xtensa
def bytesum(a2, a3):
    movi(a4, 0)
    add(a3, a3, a2)
    label(loop)
    bgeu(a2, a3, done)
    l8ui(a5, a2, 0)
    add(a4, a4, a5)
    addi(a2, a2, 1)
    j(loop)
    label(done)
    mov(a2, a4)


def py_bytesum(buf, n):
    if isinstance(buf, str):
        buf = buf.encode()
    return sum(buf[:n])


# Copies a4 bytes from a3 to a2, returns the count.
@micropython.asm_xtensa
def copy(a2, a3, a4):
    mov(a6, a4)
    beqz(a4, done)
    label(loop)
    l8ui(a5, a3, 0)
    s8i(a5, a2, 0)
    addi_n(a2, a2, 1)
    addi_n(a3, a3, 1)
    addi_n(a4, a4, -1)
    bnez(a4, loop)
    label(done)
    mov(a2, a6)


def py_copy(dst, src, n):
    if isinstance(src, str):
        src = src.encode()
    dst[:n] = src[:n]
    return n


# Reverses a2[0:a3] in place.
@micropython.asm_xtensa
def reverse(a2, a3):
    add(a3, a3, a2)
    addi(a3, a3, -1)
    label(loop)
    bgeu(a2, a3, done)
    l8ui(a4, a2, 0)
    l8ui(a5, a3, 0)
    s8i(a5, a2, 0)
    s8i(a4, a3, 0)
    addi(a2, a2, 1)
    addi(a3, a3, -1)
    j(loop)
    label(done)
    movi(a2, 0)


def py_reverse(buf, n):
    if isinstance(buf, bytes):
        return 0
    buf[:n] = buf[:n][::-1]
    return 0


# Fills a2[0:a3] with 16-bit words counting from a4, returns the last one written.
@micropython.asm_xtensa
def fill16(a2, a3, a4):
    label(loop)
    beqz(a3, done)
    s16i(a4, a2, 0)
    addi(a2, a2, 2)
    addi(a4, a4, 1)
    addi(a3, a3, -1)
    j(loop)
    label(done)
    addi(a2, a4, -1)


def py_fill16(buf, n, start):
    for i in range(n):
        put(buf, 2 * i, 2, start + i)
    return s32(start + n - 1)


# Signed 16-bit elements summed.
@micropython.asm_xtensa
def sum16s(a2, a3):
    movi(a4, 0)
    beqz(a3, done)
    label(loop)
    l16si(a5, a2, 0)
    add(a4, a4, a5)
    addi(a2, a2, 2)
    addi(a3, a3, -1)
    bnez(a3, loop)
    label(done)
    mov(a2, a4)


def py_sum16s(buf, n):
    return s32(sum(get(buf, 2 * i, 2, True) for i in range(n)))


b = bytearray(1024)
print(stores(b, 0x12345678), b[:12], b[255], b[510:512], b[1020:])
print(loads(b))
stores(b, -2)
print(b[:12], b[255], b[510:512], b[1020:])
print(loads(b))
for i in range(64):
    b[i] = (i * 37 + 11) & 0xFF
print(loads(b), bytesum(b, 64), bytesum(b, 0), bytesum(b, 1))
print(bytesum(b"\x01\x02\xff", 3), bytesum("héllo", 6), bytesum(memoryview(b)[10:20], 10))
dst = bytearray(16)
print(copy(dst, b"0123456789abcdef", 10), dst)
print(copy(dst, "ABCDEFGH", 4), dst)
print(copy(memoryview(dst)[8:], b"zyx", 3), dst)
reverse(dst, 16)
print(dst)
reverse(memoryview(dst)[4:12], 8)
print(dst)
w = bytearray(40)
print(fill16(w, 20, 65530), list(w[:8]), list(w[-8:]))
print(fill16(w, 10, -5), sum16s(w, 20), sum16s(w, 10))
# Writes to a bytes argument go to a copy and are discarded.
ro = b"abcd"
print(reverse(ro, 4), ro)
e = bytearray()
print(bytesum(e, 0), reverse(e, 0), e)
