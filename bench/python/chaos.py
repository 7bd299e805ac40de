# Chaos game: an iterated function system drawn into a grid with a linear congruential
# generator (bench: float math, tuples, list indexing).
import sys

N = {"small": 20000, "medium": 600000, "large": 3000000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]

# Barnsley fern: (a, b, c, d, e, f, cumulative weight out of 100).
MAPS = [
    (0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
    (0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 86),
    (0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 93),
    (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 100),
]


def chaos(n, size):
    grid = [0] * (size * size)
    x = y = 0.0
    seed = 42
    for _ in range(n):
        seed = (seed * 69069 + 1) % 4294967296
        r = (seed >> 16) % 100
        for a, b, c, d, e, f, w in MAPS:
            if r < w:
                break
        x, y = a * x + b * y + e, c * x + d * y + f
        gx = int((x + 2.75) / 5.5 * (size - 1))
        gy = int(y / 10.0 * (size - 1))
        grid[gy * size + gx] += 1
    filled = 0
    weighted = 0
    for i in range(len(grid)):
        if grid[i]:
            filled += 1
            weighted += (i % 97) * grid[i]
    return filled, weighted % 1000003


print("chaos", N, chaos(N, 64))
