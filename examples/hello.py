# A small tour: classes, generators, big ints and f-strings on upy.


class Queen:
    def __init__(self, n):
        self.n = n

    def solutions(self):
        def place(row, cols, diag1, diag2):
            if row == self.n:
                yield 1
                return
            for c in range(self.n):
                if c not in cols and row + c not in diag1 and row - c not in diag2:
                    yield from place(row + 1, cols | {c}, diag1 | {row + c}, diag2 | {row - c})

        return sum(place(0, set(), set(), set()))


for n in range(4, 9):
    print(f"{n}-queens: {Queen(n).solutions():>3} solutions")

print("2**100 =", 2**100)
print("squares:", [x * x for x in range(10) if x % 2])
