l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::2], l[1::2], l[::-1], l[8:2:-2], l[-1:-4:-1])
print(l[100:], l[-100:2], l[5:5], l[7:3], l[::-3], l[2:8:3], l[:0:-1])
l[2:4] = ["a", "b", "c"]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99]
print(l)
l[1:4] = []
print(l)
l[::2] = ["e"] * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
m = list(range(8))
m[1::3] = "XYZ"[:len(m[1::3])]
print(m)
m[::-2] = [0, 0, 0, 0]
print(m)
del m[::3]
print(m)
n = list(range(10))
del n[2:8:2]
print(n)
n[2:5] = (7, 8)
print(n)
n[:] = "abc"
print(n)
a = [1, 2, 3]
b = a[:]
b.append(4)
print(a, b)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = "new"
print(nested, shallow)
print(l[slice(1, 3)], l[slice(None, None, -1)] == l[::-1])
s = "abcdefghij"
t = tuple(range(10))
print(s[1:8:2], t[1:8:2], s[-2::-3], t[::-4])
big = list(range(20))
big[5:15] = [0]
print(big)
big[1:2] = range(3)
print(big)
