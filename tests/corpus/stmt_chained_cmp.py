x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, 0 <= x <= 4)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 10)
print("a" < "b" < "c", [1] < [1, 0] < [2])
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(3))
print(v(5) < v(2) < v(3))
print(v(1) == v(2) == v(3))
print(1 if False else None is None is None)
a = [1, 2]
b = a
print(a is b is not None, a == [1, 2] != [2])
print(2 in [1, 2] in [[1, 2]], 3 not in [1, 2] is True)
print(not 1 < 0, not (1 < 2 < 0))
y = 3
print(0 < y < 5 and y != 4, x if 0 < x < y else y)
print(1.5 < 2 < 2.5, 1 < 1.0 + 1 <= 2)
print(-1 < 0 < True < 2)
