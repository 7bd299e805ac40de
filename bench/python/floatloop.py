# A float-heavy loop: numerical integration and a small n-body-style update.
import sys

N = {"small": 20000, "medium": 2000000, "large": 8000000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def bodies(steps):
    x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
    dt = 0.001
    for _ in range(steps):
        r2 = x * x + y * y
        r3 = r2 * r2 ** 0.5
        vx -= x / r3 * dt
        vy -= y / r3 * dt
        x += vx * dt
        y += vy * dt
    return x, y


pi = integrate(N)
x, y = bodies(N // 4)
print("floatloop", N, round(pi, 9), round(x, 6), round(y, 6))
