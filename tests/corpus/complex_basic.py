# complex numbers: literals, arithmetic, conversions, equality and repr.
a = 3 + 4j
b = complex(1, -2)
print(a, b, -a, +b, a.real, a.imag, a.conjugate())
print(a + b, a - b, a * b, a / b, a ** 2, b ** -1, 2 ** b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 10 / a)
print(abs(a), abs(-2j), abs(complex(0, 0)))
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1.5 + 0j == 1.5, a == (3, 4))
print(complex(), complex(2), complex(2.5), complex("1+2j"), complex(" (3-4j) "), complex("-2j"))
print(complex(1j, 1), complex(1, 1j), 0j, -0j, 1e20j, 1.5e-7j)
print(bool(0j), bool(1j), bool(0.0 + 0j), hash(2 + 0j) == hash(2))
print([x * 1j for x in range(3)], sum([1j, 2j, 3]))
for bad in ["abc", "1+", "j+1"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1j < 2j
except TypeError as e:
    print("TypeError", e)
