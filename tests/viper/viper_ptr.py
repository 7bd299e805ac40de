# Viper pointers: ptr8/ptr16/ptr32 casts of buffers (bytearray, memoryview), loads that
# zero-extend, stores that keep the low bits, indexes from ints and uints. (The .exp comes
# from CPython running the functions as plain Python through helper_viper.)
try:
    import micropython
except ImportError:
    from helper_viper import micropython, install

    install()


@micropython.viper
def fill(buf, n: int, v: int):
    p = ptr8(buf)
    for i in range(n):
        p[i] = v + i


@micropython.viper
def sum8(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(n):
        s += p[i]
    return s


@micropython.viper
def words(buf, n: int) -> int:
    p = ptr16(buf)
    q = ptr32(buf)
    s = 0
    for i in range(n):
        s = s * 3 + p[i]
    return s + q[0] + q[1]


@micropython.viper
def store_wide(buf, v: int):
    p16 = ptr16(buf)
    p32 = ptr32(buf)
    p32[1] = v
    p16[0] = v
    p16[1] = -1


@micropython.viper
def reverse(buf, n: int):
    p = ptr8(buf)
    i = 0
    j = n - 1
    while i < j:
        t = p[i]
        p[i] = p[j]
        p[j] = t
        i += 1
        j -= 1


@micropython.viper
def uindex(buf, i: uint) -> int:
    return ptr8(buf)[i]


@micropython.viper
def histogram(data, out):
    src = ptr8(data)
    dst = ptr32(out)
    for i in range(int(len(data))):
        dst[src[i] & 7] += 1


b = bytearray(16)
fill(b, 16, 250)
print(list(b))
print(sum8(b, 16), sum8(b, 4))
w = bytearray(range(1, 17))
print(words(w, 8))
store_wide(w, 0x12345678)
print(w.hex())
r = bytearray(b"hello, viper")
reverse(r, len(r))
print(r)
reverse(memoryview(r)[2:8], 6)
print(r)
print(uindex(b"abc", 2), uindex(bytearray(b"xyz"), 0))
h = bytearray(32)
histogram(bytes(range(50)), h)
print([int.from_bytes(h[i:i + 4], "little") for i in range(0, 32, 4)])
