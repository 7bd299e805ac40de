matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([row[::-1] for row in matrix], matrix[::-1])
t = [list(r) for r in zip(*matrix)]
print(t)
matrix[1][1] = "X"
print(matrix)
flat = [x for row in matrix for x in row]
print(flat)
tree = [1, [2, [3, [4]], 5], [6]]
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
print(depth(tree), tree[1][1][1][0])
stack = []
for c in "([]{()})":
    if c in "([{":
        stack.append(c)
    else:
        stack.pop()
    print(c, stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
grid[0][0] = "@"
for row in grid:
    print("".join(row))
cyc = [1, 2]
cyc.append(cyc)
print(cyc[2][2][0], len(cyc), cyc)
d = {"list": [1, 2]}
d["list"].append(3)
print(d)
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(row)
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), max([[1, 2], [1, 3]]))
