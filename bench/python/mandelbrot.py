# Mandelbrot set escape counts on a grid (bench: float loops, branches).
import sys

W = {"small": 40, "medium": 400, "large": 1000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


def mandel(w, h, max_iter):
    total = 0
    inside = 0
    for py in range(h):
        ci = py * 2.4 / h - 1.2
        for px in range(w):
            cr = px * 3.0 / w - 2.1
            zr = zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            if i == max_iter:
                inside += 1
            total += i
    return total, inside


print("mandelbrot", W, mandel(W, W * 3 // 4, 100))
