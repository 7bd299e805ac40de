# N-queens by backtracking over permutations (bench: loops, lists, recursion).
import sys

SIZE = {"small": 6, "medium": 10, "large": 11}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


def solve(n):
    count = 0
    cols = [0] * n

    def ok(row, c):
        for r in range(row):
            d = cols[r] - c
            if d == 0 or d == row - r or d == r - row:
                return False
        return True

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if ok(row, c):
                cols[row] = c
                place(row + 1)

    place(0)
    return count


print("nqueens", SIZE, solve(SIZE))
