x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 2; print(x)
x %= 7; print(x)
y = 0b1010
y |= 0b0101; print(y)
y &= 0b0110; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 2; print(y)

class Obj:
    def __init__(self):
        self.n = 1
        self.lst = [1, 2]
o = Obj()
o.n += 4
o.n *= 3
o.lst += [3]
o.lst[0] -= 10
print(o.n, o.lst)

calls = []
def key():
    calls.append("key")
    return "k"
def target():
    calls.append("target")
    return d
d = {"k": 1}
target()[key()] += 5
print(d, calls)

m = [[1, 2], [3, 4]]
m[1][0] *= 10
m[0] += [5]
print(m)
s = "ab"
s *= 3
print(s)
t = (1, 2)
t += (3,)
print(t)
big = 2
for _ in range(6):
    big **= 2
print(big)
f = 7.0
f //= 2
print(f)
f %= 2.5
print(f)
n = -7
n //= 2
print(n)
n = -7
n %= 3
print(n)
