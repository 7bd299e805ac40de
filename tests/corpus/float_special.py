inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf * 0 != inf * 0, inf + inf, inf - 1, -inf * -1, 1 / inf, -1 / inf)
print(inf > 0, -inf < 0, inf == float("inf"), nan == nan, nan in [nan], float("nan") in [float("nan")])
print(max(1, inf), min(-inf, 0), sorted([3, -inf, inf, 0]), abs(-inf))
print(repr(inf), str(-inf), repr(nan), "%f %e %g" % (inf, -inf, nan), "{:.2f}".format(inf))
print(round(inf) if False else "skip", int(1e18), int(-1e18))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), 1 / (1e308 * 10) == 0)
big = 1e308
print(big * 10, big + big, -big * 10)
print(2.0 ** 1023 * 2 if False else 2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
print(float("1e400"), float("-1e400"), float("1e-400"))
import math
print(math.isinf(1e308 * 10), math.isnan(inf - inf), math.floor(-0.0), math.copysign(1, -0.0))
print(1e-7, 1e-6 * 10, 123e18, 1.0e+16, 1.2345678901234567e+25)
print(5e-324 / 2, 5e-324 * 0.6)
