VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    prev = 0
    for c in reversed(s.upper()):
        if c not in VALUES:
            raise ValueError("bad numeral " + repr(c))
        v = VALUES[c]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for v, s in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
for s in ["III", "IV", "IX", "LVIII", "MCMXCIV", "mmxxiv", "MMMCMXCIX", "XLII"]:
    print(s, from_roman(s), to_roman(from_roman(s)))
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
for bad in ["ABC", 0, 4000]:
    try:
        print(from_roman(bad) if isinstance(bad, str) else to_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
print(sorted(["X", "IV", "MM", "L", "IX"], key=from_roman), max(range(1, 4000), key=lambda i: len(to_roman(i))))
