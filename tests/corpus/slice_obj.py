s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(s.indices(5), s.indices(20), slice(None).indices(7), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(5), slice(5).start, slice(5).stop, slice(2, 3))
l = list(range(12))
print(l[s], "abcdefghijkl"[s], tuple(l)[s])
print(l[slice(None, None, -2)], l[slice(-4, None)])
class Probe:
    def __getitem__(self, k):
        return k
p = Probe()
print(p[1:2], p[::3], p[1:2, 3], p[...], p[:], p[5])
print(type(p[1:2]).__name__, p[1:2] == slice(1, 2), p[1:2:3] == slice(1, 2, 4))
print(slice(0, 100, 7).indices(30), slice(-100, 100).indices(5), slice(10, -10, -3).indices(8))
names = ["a", "b", "c", "d", "e"]
first_two = slice(0, 2)
evens = slice(None, None, 2)
print(names[first_two], names[evens])
names[first_two] = ["X", "Y", "Z"]
print(names)
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
