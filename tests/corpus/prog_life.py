def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, c in counts.items() if c == 3 or (c == 2 and p in live)}

def show(live, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in live else "." for x in range(w)))
    print("-" * w)

W, H = 8, 6
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for gen in range(4):
    show(state, W, H)
    state = step(state, W, H)
print(len(state), sorted(state))
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
print(sorted(b1), step(b1, 5, 5) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block, 6, 6) == block)
s = glider
for _ in range(32):
    s = step(s, W, H)
print(s == glider, len(s))
