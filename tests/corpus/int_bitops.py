a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 & 0xFF, -1 | 0, -8 >> 1, -1 >> 10, -9 >> 2, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, 12 & -10, -12 & -10, -12 | -10, -12 ^ -10)
big = 2 ** 100 + 2 ** 50 + 1
print(big & (2 ** 64 - 1), big | 1, big ^ 2 ** 100, big >> 50, big << 10)
print(-big & 0xFFFF, -big >> 90, ~big, -big | 0xF, -big ^ big)
print((1 << 100) - 1 & -(1 << 50))
print(0xFF ^ 0x0F, 0o777 & 0o070, 0b1 << 64)
print(bin(0), bin(5), bin(-5), oct(8), oct(-64), hex(255), hex(-255), hex(0))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "#x"))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-1).bit_length(), (-256).bit_length())
x = 0
for i in range(0, 80, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
mask = (1 << 8) - 1
print([(v >> s) & mask for v in [0x12345678] for s in (24, 16, 8, 0)])
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(v) for v in [0, 1, 255, 2 ** 70 - 1, 0b1010101]])
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print(1 << 0, 5 >> 0, 0 >> 5, 1 << 200 >> 199)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
