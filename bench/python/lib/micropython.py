# A stand-in for MicroPython's `micropython` module, on PYTHONPATH only when the benchmark
# runner starts CPython or PyPy: the code emitters' decorators leave the function unchanged,
# and the viper casts the kernels use become ordinary Python (installed as builtins, since
# viper code names them without importing them).
import builtins


def native(f):
    return f


def viper(f):
    return f


def const(x):
    return x


def _ptr(x):
    return x


def _uint(x):
    return x & 0xFFFFFFFF


for _name, _fn in (("ptr", _ptr), ("ptr8", _ptr), ("ptr16", _ptr), ("ptr32", _ptr), ("uint", _uint)):
    if not hasattr(builtins, _name):
        setattr(builtins, _name, _fn)
