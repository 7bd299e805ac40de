vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001,
        0.00001, 1e-5, 3.14159, 2.5, 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        12345.678, 0.5, 1e100, 123e-20, 9007199254740993.0, 4.35, 0.3]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(repr(float("1e3")), float("  2.5  "), float("-0.0"), float(".5"), float("5."), float("1_0.5"))
print(float("Infinity"), float("-iNF"), float("NaN"))
print(float(10), float(-3), float(True), float(2 ** 60))
print([0.1] * 3, (1.5, -2.25), {"k": 0.75})
print(1e300 * 1e10, -1e300 * 1e10)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
inf = float("inf")
print(inf > 1e308, inf == inf, inf - inf != inf - inf, -inf < -1e308, inf + 1 == inf)
print(2.0 ** 0.5, 10.0 ** -3, 2.0 ** 100, (-8.0) ** 3)
print(1.1 * 3, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1, 100 * 1.1)
for bad in ["abc", "", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(type(1.0).__name__, type(1 / 1).__name__, type(2 ** -1).__name__, isinstance(1.0, float))
