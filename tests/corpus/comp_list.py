print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([x for x in []])
print([[]for _ in range(3)])
print([y for x in [[1, 2], [3]] for y in x])
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
print([i for i in range(10)][::3])
print([f"{n:02d}" for n in range(8, 12)])
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
bad = [[0] * 3] * 2
bad[0][0] = 1
print(bad)
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
words = ["apple", "Banana", "cherry", "date"]
print([w for w in words if w[0].islower() and len(w) > 4])
print(sum([x for x in range(5)]), len([1 for _ in "abcd"]))
print([x := 5, x * 2])
print([y for y in (lambda: [1, 2, 3])()])
