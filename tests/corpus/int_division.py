pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 5), (-1, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(divmod(10 ** 20 + 3, -7), divmod(-10 ** 20, 9))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2), divmod(-7.5, 2))
print(7 // 2.0, 7 % -2.0, -0.5 // 1, 0.5 % -1)
print(1 / 3, 2 / 3, 10 / 4, -10 / 4, 1 / 1, 0 / 5)
print(3 ** 2, 3 ** -1, (-2) ** 3, (-2) ** 2, -2 ** 2, 2 ** -2, 0 ** 0)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(5, 3, 13), pow(-5, 3, 13), pow(5, 3, -13))
print(pow(3, -1, 7), pow(38, -1, 97))
for bad in [(1, 0), (1.5, 0), (0, 0)]:
    try:
        bad[0] // bad[1]
    except ZeroDivisionError as e:
        print("ZeroDivisionError //", e)
    try:
        bad[0] % bad[1]
    except ZeroDivisionError as e:
        print("ZeroDivisionError %", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
try:
    5 / 0
except ZeroDivisionError as e:
    print("/:", e)
print(round(7 / 2), round(5 / 2), round(-5 / 2), round(3.7), round(-3.7))
print(int(7 / 2), int(-7 / 2), int(3.99), int(-3.99))
print(abs(-7), abs(7), abs(-0), abs(-2.5))
print(17 % 5 == 17 - 5 * (17 // 5), -17 % 5 == -17 - 5 * (-17 // 5))
print(True + True, True * 5, False - 1, True / 2, 5 // True)
