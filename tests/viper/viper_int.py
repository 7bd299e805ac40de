# Viper machine ints: arithmetic, comparisons, branches, counting loops, locals typed by their
# first assignment; results boxed back to Python ints. Everything here fits a 32-bit word, so
# the results are the same on every host (viper_word covers wrapping at the word size). (The .exp comes from CPython running the
# same functions as plain Python through helper_viper.)
try:
    import micropython
except ImportError:
    from helper_viper import micropython, install

    install()


@micropython.viper
def arith(a: int, b: int) -> int:
    return (a + b) * 3 - (a ^ b) + (a & 0xFF) - (b | 5)


@micropython.viper
def divmod_(a: int, b: int):
    return (a // b, a % b)


@micropython.viper
def shifts(a: int, n: int) -> int:
    return (a << n) + (a >> n)


@micropython.viper
def compare(a: int, b: int) -> int:
    r = 0
    if a < b:
        r += 1
    if a <= b:
        r += 10
    if a == b:
        r += 100
    if a != b:
        r += 1000
    if a > b:
        r += 10000
    if a >= b:
        r += 100000
    return r


@micropython.viper
def ucompare(a: uint, b: uint) -> bool:
    return a < b


@micropython.viper
def loops(n: int) -> int:
    s = 0
    for i in range(n):
        if i == 3:
            continue
        if i > 40:
            break
        s += i
    else:
        s += 1000000
    for j in range(20, 0, -4):
        s = s * 2 + j
    for k in range(2, n, 5):
        s -= k
    i = 0
    while i < n:
        i += 7
        if i % 2 == 0:
            s += 1
    return s


@micropython.viper
def first_found(n: int) -> int:
    for i in range(n):
        if i * i > 50:
            return i
    return -1


@micropython.viper
def unary(a: int):
    return (-a, ~a, +a, not a)


@micropython.viper
def booleans(a: int, b: int) -> bool:
    t = a > b
    f = a == b
    return t and not f or b == 0


@micropython.viper
def defaults_to_object(n: int):
    x = n * 2
    return x


print(arith(7, 12), arith(-300, 45), arith(0, 0))
for a, b in ((17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (6, 3)):
    print(a, b, divmod_(a, b))
print(shifts(5, 3), shifts(-64, 2), shifts(1, 20))
for a, b in ((1, 2), (2, 1), (3, 3), (-5, 5)):
    print(a, b, compare(a, b))
print(ucompare(2**64 - 1, 5), ucompare(5, 2**64 - 1), ucompare(3, 4))
print([loops(n) for n in (0, 1, 5, 12, 60)])
print(first_found(100), first_found(5))
print(unary(5), unary(-9), unary(0))
print(booleans(3, 1), booleans(1, 3), booleans(1, 0), booleans(2, 2))
print(defaults_to_object(21), type(defaults_to_object(1)).__name__)
try:
    divmod_(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError")
