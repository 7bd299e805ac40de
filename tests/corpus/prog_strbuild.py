def table(rows, headers):
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep, "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |", sep]
    for r in rows:
        cells = []
        for v, w in zip(r, widths):
            cells.append(str(v).rjust(w) if isinstance(v, (int, float)) else str(v).ljust(w))
        out.append("| " + " | ".join(cells) + " |")
    out.append(sep)
    return "\n".join(out)

print(table([("apple", 3, 1.25), ("kiwi", 12, 0.5), ("dragonfruit", 1, 4.0)], ["fruit", "qty", "price"]))

def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines
txt = "The quick brown fox jumps over the lazy dog and keeps running far away into the distance"
for l in wrap(txt, 20):
    print("[" + l.ljust(20) + "]")

def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out
print([roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]])

def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = []
    neg = n < 0
    n = abs(n)
    while n:
        s.append(digits[n % b])
        n //= b
    return ("-" if neg else "") + "".join(reversed(s))
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), to_base(2 ** 64, 36))
sb = []
for i in range(1, 6):
    sb.append(" " * (5 - i) + "*" * (2 * i - 1))
print("\n".join(sb))
print("".join("%02x" % b for b in "héllo".encode()))
s = ""
for i in range(200):
    s += chr(ord("a") + i % 26)
print(len(s), s[:30], s[-5:], s.count("z"))
