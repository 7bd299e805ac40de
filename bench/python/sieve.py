# Kernel: sieve of Eratosthenes over a bytearray, written three ways (plain, native, viper;
# the runner passes the emit mode as the second argument and the matching variant runs).
import sys

import micropython

N = {"small": 20000, "medium": 3000000, "large": 10000000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]
MODE = sys.argv[2] if len(sys.argv) > 2 else "bytecode"


def sieve_plain(flags, n):
    count = 0
    i = 2
    while i < n:
        if flags[i] == 0:
            count += 1
            j = i * i
            while j < n:
                flags[j] = 1
                j += i
        i += 1
    return count


@micropython.native
def sieve_native(flags, n):
    count = 0
    i = 2
    while i < n:
        if flags[i] == 0:
            count += 1
            j = i * i
            while j < n:
                flags[j] = 1
                j += i
        i += 1
    return count


@micropython.viper
def sieve_viper(flags, n: int) -> int:
    buf = ptr8(flags)  # noqa: F821 (a viper builtin; the CPython stub defines it)
    count = 0
    i = 2
    while i < n:
        if buf[i] == 0:
            count += 1
            j = i * i
            while j < n:
                buf[j] = 1
                j += i
        i += 1
    return count


kernel = {"bytecode": sieve_plain, "native": sieve_native, "viper": sieve_viper}[MODE]
flags = bytearray(N)
count = kernel(flags, N)
print("sieve", N, count, sum(flags[: N // 2]))
