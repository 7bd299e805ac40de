# @micropython.asm_xtensa over array.array arguments: the code sees the items' bytes and its
# stores come back into the array. Under CPython each asm function is replaced by its
# pure-Python twin (py_NAME), which computes the expected output.
from array import array

try:
    import micropython
except ImportError:

    class micropython:
        def asm_xtensa(f):
            return lambda *a: globals()["py_" + f.__name__](*a)


# Doubles each of the a3 32-bit items at a2; returns how many it doubled.
@micropython.asm_xtensa
def double_all(a2, a3) -> int:
    movi(a5, 0)
    label(loop)
    beqz(a3, done)
    l32i(a4, a2, 0)
    add(a4, a4, a4)
    s32i(a4, a2, 0)
    addi(a2, a2, 4)
    addi(a3, a3, -1)
    addi(a5, a5, 1)
    j(loop)
    label(done)
    mov(a2, a5)


def py_double_all(buf, n):
    for i in range(n):
        v = (buf[i] * 2) & 0xFFFFFFFF
        buf[i] = v - (1 << 32) if v & 0x80000000 and buf.typecode == 'i' else v
    return n


# The sum of the a3 unsigned 16-bit items at a2.
@micropython.asm_xtensa
def sum_u16(a2, a3) -> int:
    movi(a5, 0)
    label(loop)
    beqz(a3, done)
    l16ui(a4, a2, 0)
    add(a5, a5, a4)
    addi(a2, a2, 2)
    addi(a3, a3, -1)
    j(loop)
    label(done)
    mov(a2, a5)


def py_sum_u16(buf, n):
    return sum(buf[:n])


a = array('i', [1, -2, 3, 2**30])
print(double_all(a, len(a)), a)
u = array('I', [0x7FFFFFFF, 5])
print(double_all(u, 2), u)
print(sum_u16(array('H', [1, 2, 3, 65535]), 4))
