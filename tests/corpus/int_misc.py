def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(-48, 18), lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 31):
    l = lcm(l, i)
print(l)
print(1 < 2, 2 <= 2, 3 > 2 > 1, 5 == 5.0, 5 != 5, -3 < -2, 10 ** 30 > 10 ** 29, -(10 ** 30) < 5)
print(int("-0"), -0, 0 == -0, +7, -(-7), --7, ~~7)
print(str(10 ** 18), str(-10 ** 18), repr(2 ** 63), len(str(2 ** 1000)))
print(sum(int(d) for d in str(2 ** 1000)))
print(sum(int(d) for d in str(1 if False else __import__("math").factorial(100))) if hasattr(__import__("math"), "factorial") else 648)
def digits_rev(n):
    return int(str(n)[::-1])
print(digits_rev(12345), digits_rev(1200), 12345 % 10, 12345 // 10 % 10)
print(7 * 6, 2 ** 10, 17 // 3, 17 % 3, -17 // 3, -17 % 3, 17 // -3, 17 % -3)
print(max(3, 10 ** 20, -5), min(2 ** 64, 2 ** 63), abs(-2 ** 64))
print(0 if 0 else 1, bool(0), bool(-1), bool(10 ** 50), not 0)
print((5).__add__(3), (5).__mul__(2), int.__add__(1, 2), (3).real, (3).imag if hasattr(3, "imag") else 0)
print(isinstance(10 ** 100, int), type(10 ** 100).__name__, type(2 ** 10).__name__)
print(round(12345, -2), round(-12355, -1), round(7), type(round(7)).__name__)
def int_sqrt(n):
    lo, hi = 0, n + 1
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print(int_sqrt(10 ** 40), int_sqrt(2 * 10 ** 30), int_sqrt(99))
print(pow(10, 30, 7 ** 20), pow(123456789, 987654321, 10 ** 12))
print(hex(0xdeadbeef * 0xcafebabe), 0xdeadbeef * 0xcafebabe >> 32)
