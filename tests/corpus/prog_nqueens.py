def solve(n):
    sols = []
    cols = [0] * n
    def place(r, used, d1, d2):
        if r == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if c in used or (r - c) in d1 or (r + c) in d2:
                continue
            cols[r] = c
            used.add(c); d1.add(r - c); d2.add(r + c)
            place(r + 1, used, d1, d2)
            used.discard(c); d1.discard(r - c); d2.discard(r + c)
    place(0, set(), set(), set())
    return sols

for n in range(1, 8):
    print(n, len(solve(n)))
s6 = solve(6)
print(s6)
for row in s6[0]:
    print("".join("Q" if c == row else "." for c in range(6)))

def count_bits(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
print([count_bits(n) for n in range(1, 9)])
