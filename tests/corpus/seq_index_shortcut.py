# Subscripting exact lists and tuples by small ints takes a shortcut; its edges: subclasses
# overriding it, negative and out-of-range indexes, bools as indexes, deletion.
class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("set", i, v)
l = L([1, 2, 3])
print(l[0], l[-1])
l[1] = 5
print(list(l))
t = (1, 2, 3)
print(t[-1], t[0], t[-3])
a = [1, 2, 3]
a[-1] = 9
print(a)
for bad in (3, -4):
    try:
        a[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        a[bad] = 0
    except IndexError as e:
        print("IndexError", e)
    try:
        t[bad]
    except IndexError as e:
        print("IndexError", e)
del a[0]
print(a, a[True], t[False])
