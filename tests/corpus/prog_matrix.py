def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def transpose(a):
    return [list(r) for r in zip(*a)]

def matpow(a, e):
    r = identity(len(a))
    while e:
        if e & 1:
            r = matmul(r, a)
        a = matmul(a, a)
        e >>= 1
    return r

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

def show(m):
    for row in m:
        print(" ".join("%5s" % v for v in row))

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(matmul(A, B))
show(matmul(B, A))
show(transpose(A))
print(matmul(identity(3), B) == B)
fibm = matpow([[1, 1], [1, 0]], 90)
print(fibm[0][1])
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
M = [[(i * 7 + j * 3) % 11 for j in range(5)] for i in range(5)]
show(M)
print(det(M))
show(matpow([[1.5, 0], [0, 0.5]], 3))
try:
    matmul(A, A)
except AssertionError:
    print("AssertionError: shape mismatch")
