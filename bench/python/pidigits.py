# Digits of pi by the unbounded spigot algorithm (bench: big-integer arithmetic).
import sys

N = {"small": 100, "medium": 2500, "large": 6000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    s = "".join(str(d) for d in digits)
    return s[:10], s[-10:], sum(digits)


print("pidigits", N, pidigits(N))
