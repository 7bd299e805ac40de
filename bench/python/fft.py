# Iterative radix-2 complex FFT and its inverse on float pairs (bench: float arithmetic, lists).
import math
import sys

LOG = {"small": 9, "medium": 16, "large": 18}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


def fft(re, im, inverse):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    size = 2
    sign = 1.0 if inverse else -1.0
    while size <= n:
        half = size >> 1
        ang = sign * 2.0 * math.pi / size
        wr, wi = math.cos(ang), math.sin(ang)
        for start in range(0, n, size):
            cr, ci = 1.0, 0.0
            for k in range(start, start + half):
                m = k + half
                tr = re[m] * cr - im[m] * ci
                ti = re[m] * ci + im[m] * cr
                re[m] = re[k] - tr
                im[m] = im[k] - ti
                re[k] += tr
                im[k] += ti
                cr, ci = cr * wr - ci * wi, cr * wi + ci * wr
        size <<= 1
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


def main(log):
    n = 1 << log
    re = [math.sin(i * 0.05) + 0.5 * math.cos(i * 0.31) for i in range(n)]
    im = [0.0] * n
    orig = re[:]
    fft(re, im, False)
    peak = max(range(n // 2), key=lambda i: re[i] * re[i] + im[i] * im[i])
    energy = sum(re[i] * re[i] + im[i] * im[i] for i in range(n)) / n
    fft(re, im, True)
    err = max(abs(re[i] - orig[i]) for i in range(n))
    return peak, round(energy, 3), err < 1e-9


print("fft", 1 << LOG, main(LOG))
