# Kernel: an integer loop with arithmetic and a conditional, written three ways. The runner
# passes the emit mode as the second argument; the program runs the variant written for it
# (plain for bytecode, @micropython.native, @micropython.viper). Each gives the same answer.
import sys

import micropython

N = {"small": 20000, "medium": 5000000, "large": 20000000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]
MODE = sys.argv[2] if len(sys.argv) > 2 else "bytecode"


def kernel_plain(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            s += i & 0xFF
        else:
            s -= 1
    return s


@micropython.native
def kernel_native(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            s += i & 0xFF
        else:
            s -= 1
    return s


@micropython.viper
def kernel_viper(n: int) -> int:
    s = 0
    for i in range(n):
        if i % 3 == 0:
            s += i & 0xFF
        else:
            s -= 1
    return s


kernel = {"bytecode": kernel_plain, "native": kernel_native, "viper": kernel_viper}[MODE]
print("sum_loop", N, kernel(N))
