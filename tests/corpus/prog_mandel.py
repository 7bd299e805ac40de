def mandel(cx, cy, limit=30):
    x = y = 0.0
    for i in range(limit):
        x, y = x * x - y * y + cx, 2 * x * y + cy
        if x * x + y * y > 4.0:
            return i
    return limit
chars = " .:-=+*#%@"
for row in range(12):
    y = -1.2 + row * 0.2
    line = ""
    for col in range(40):
        x = -2.1 + col * 0.075
        line += chars[min(mandel(x, y), 29) // 3]
    print(line.rstrip())
print(mandel(0, 0), mandel(1, 1), mandel(-0.75, 0.1), mandel(0.25, 0.5, 100))
total = sum(mandel(-2 + i * 0.05, -1 + j * 0.05) for i in range(60) for j in range(40))
print(total)
