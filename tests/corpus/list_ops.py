a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c, a is b, a == c)
a += [5]
print(b)
a = a + [6]
print(a, b)
m = [0] * 3
print(m, [None] * 2, ["ab"] * 2, [[0]] * 2)
print([1, 2] * 2 + [3], 3 * [1], [] * 5)
print(list(range(5))[::-1] == list(reversed(range(5))))
x = [3, 1, 2]
print(sorted(x), x, x.sort(), x)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
lst = [1, 2, 3, 2, 1]
print(lst.index(2), lst.index(2, 2), lst.count(1), 4 in lst, [i for i, v in enumerate(lst) if v == 1])
lst.insert(2, "mid"); print(lst)
lst.insert(-100, "front"); print(lst)
print(lst.pop(2), lst)
lst.reverse(); print(lst)
print(len([]), len([[]]), [[]] == [[]], [] is [], bool([]), bool([[]]))
print(min([3, 1, 2]), max([[1, 2], [3]]), sum([[1], [2, 3]], []), list(map(list, ["ab", "c"])))
nested = [1, [2, [3]]]
copy = nested[:]
copy[1][0] = "changed"
print(nested)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [3] > [2, 9, 9], ["a"] < ["b"], [1] == [1.0])
u = []
for v in [3, 1, 3, 2, 1]:
    if v not in u:
        u.append(v)
print(u)
z = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(z, [list(t) for t in z])
