import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.exp(-1000), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log2(3), math.log(2**1100, 2))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0), math.pow(-8, 1/3) if False else 0, math.pow(1, math.inf), math.pow(math.inf, -1))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, 1), math.atan2(-0.0, -1), math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1))
# acosh/atanh come from the C library, whose last bit differs between platforms (x86-64 and
# i686 glibc disagree; CPython inherits the same difference): compare 15 digits.
print('%.15g %.15g' % (math.acosh(2), math.atanh(0.5)))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7), math.floor(5), math.ceil(10**30), math.floor(1e300) == int(1e300), math.floor(True), type(math.floor(2.0)).__name__)
class F:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf), math.copysign(3, -0.0), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.hypot(-5), math.degrees(math.pi), math.radians(180))
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1), math.isfinite(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.gcd(12, 18), math.gcd(-12, 18, 2**100), math.gcd(), math.gcd(0, 0), math.gcd(2**100, 2**80 * 3), math.gcd(7), math.lcm(4, 6), math.lcm(), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2**64, 3))
print(math.factorial(0), math.factorial(20), math.factorial(25), len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.comb(5, 2), math.comb(100, 50), math.comb(5, 7), math.comb(10**20, 2), math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(10**41), math.isqrt(2**64 - 1), math.isqrt(2**127))
print(math.modf(3.5), math.modf(-1.5), math.modf(math.inf), math.frexp(8), math.frexp(0.0), math.frexp(-3.5), math.ldexp(0.5, 4), math.ldexp(1, -1080), math.ldexp(3, 0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum([math.inf, 1]), math.fsum(x / 7 for x in range(100)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([2**40, 2**40]), math.prod([2, 3], start=10), math.prod(range(1, 30)))
print(math.erf(1), math.erfc(1), math.gamma(5), math.expm1(1e-10), math.log1p(1e-10), math.remainder(5, 3), math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 3)), math.exp2(10), math.nextafter(1, 2), math.ulp(1.0))
bad = ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(-10**400)", "math.log(10, 1)", "math.log(1, 0)", "math.exp(1000)", "math.pow(0, -1)", "math.pow(-2, 0.5)", "math.pow(10.0, 400)", "math.sin(math.inf)", "math.sqrt(10**400)", "math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.gamma(0)", "math.gamma(-2)", "math.lgamma(0)", "math.acosh(0)", "math.atanh(1)", "math.log1p(-1)", "math.expm1(1000)", "math.cosh(1000)", "math.factorial(-1)", "math.factorial(1.5)", "math.isqrt(-1)", "math.comb(-1, 2)", "math.comb(2, -1)", "math.perm(3, -1)", "math.trunc('a')", "math.floor('a')", "math.ceil(math.nan)", "math.floor(math.inf)", "math.gcd(1.5)", "math.lcm(1.5)", "math.ldexp(1.0, 5000)", "math.isclose(1, 1, rel_tol=-1)", "math.fsum([math.inf, -math.inf])", "math.fsum([1e308, 1e308])", "math.sqrt('x')", "math.atan2(1)", "math.remainder(math.inf, 1)", "math.dist([1], [1, 2])"]
for b in bad:
    try:
        print(b, eval(b))
    except Exception as e:
        print(b, type(e).__name__, e)
