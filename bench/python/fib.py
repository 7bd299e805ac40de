# Naive recursive Fibonacci (bench: function calls).
import sys

N = {"small": 20, "medium": 32, "large": 35}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", N, fib(N))
