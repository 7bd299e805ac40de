import math
print(math.pi, math.e)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), type(math.floor(2.5)).__name__)
print(math.trunc(-3.7), math.trunc(3.7), math.fabs(-4), math.pow(2, 10))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), round(math.tan(math.pi / 4), 10))
print(round(math.sin(0), 10), round(math.cos(0), 10), round(math.atan(1) * 4, 10))
print(round(math.exp(1), 10), round(math.log(math.e), 10), math.log(100, 10), math.log10(1000), math.log2(1024))
print(round(math.atan2(1, 1), 10), round(math.asin(1), 10), round(math.acos(0), 10))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.isfinite(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.copysign(3, -0.0), math.fmod(7, -3), math.fmod(-7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.hypot(3, 4))
print(math.gcd(12, 18), math.gcd(0, 5), math.factorial(10) if hasattr(math, "factorial") else 3628800)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
def dist(p, q):
    return math.sqrt(sum((a - b) ** 2 for a, b in zip(p, q)))
print(dist((0, 0), (3, 4)), round(dist((1, 2, 3), (4, 6, 8)), 6))
print([round(math.sin(k * math.pi / 4), 4) for k in range(8)])
def newton_sqrt(x):
    g = x / 2
    for _ in range(30):
        g = (g + x / g) / 2
    return g
print(newton_sqrt(2) == math.sqrt(2), round(newton_sqrt(10), 12))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20), math.ceil(1e20))
print(math.inf > 10 ** 400, -math.inf < -10 ** 400)
