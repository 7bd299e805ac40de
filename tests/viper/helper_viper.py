# Under CPython, a stand-in for what viper code needs from upy: the decorator leaves functions
# as plain Python, and the casts become ordinary functions (pointers index a memoryview of the
# buffer, storing only the low bits as machine stores do). Under upy this module is not used.
import builtins
import sys



class _Ptr:
    def __init__(self, buf, fmt, bits):
        self.view = memoryview(buf).cast("B").cast(fmt)
        self.mask = (1 << bits) - 1

    def __getitem__(self, i):
        return self.view[i]

    def __setitem__(self, i, v):
        self.view[i] = v & self.mask


class micropython:
    @staticmethod
    def viper(f):
        return f

    @staticmethod
    def native(f):
        return f


def install():
    builtins.ptr8 = lambda b: _Ptr(b, "B", 8)
    builtins.ptr16 = lambda b: _Ptr(b, "H", 16)
    builtins.ptr32 = lambda b: _Ptr(b, "I", 32)
    builtins.uint = lambda x: x & (2 * sys.maxsize + 1)
