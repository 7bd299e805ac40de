class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self
    def __add__(self, o):
        print("add", o)
        return Acc(self.v + o)
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __repr__(self):
        return "Acc(%r)" % self.v

a = Acc(1)
ref = a
a += 5
print(a, ref, a is ref)
a -= 2
a *= 10
print(a, a is ref)
b = a + 1
print(b, b is a)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
orig = o
o += 2
print(o.v, orig.v, o is orig)

lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "ab"
s += "cd"
s *= 2
print(s)
n = 7
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
n <<= 4; print(n)
n >>= 1; print(n)
n |= 3; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 1.5
f /= 2; print(f)

class Holder:
    def __init__(self):
        self.items = [0, 0]
        self.count = 0
h = Holder()
h.count += 1
h.count += 1
h.items[0] += 5
h.items[1] -= 3
h.items[0] *= 2
print(h.count, h.items)
d = {'a': 1}
d['a'] += 9
d.setdefault('b', []).append(1)
d['b'] += [2]
print(d)
