# Viper pointers over array.array buffers (MicroPython's usual way to hand typed data to
# machine code): 32-bit items scaled in place, 16-bit items summed, bytes of an 'I' array.
try:
    import micropython
except ImportError:
    from helper_viper import micropython, install

    install()
from array import array


@micropython.viper
def scale(buf, n: int):
    p = ptr32(buf)
    for i in range(n):
        p[i] = p[i] * 3 + 1


@micropython.viper
def sum16(buf, n: int) -> int:
    p = ptr16(buf)
    s = 0
    for i in range(n):
        s += p[i]
    return s


@micropython.viper
def low_bytes(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    for i in range(n):
        s = s * 2 + p[4 * i]
    return s


a = array('i', [1, -2, 3, 100000, -(2**31)])
scale(a, len(a))
print(a)
print(sum16(array('H', [1, 2, 65535]), 3), sum16(array('h', [-1, 1]), 2))
print(low_bytes(array('I', [1, 2, 0x101, 0xFFFFFF00]), 4))
