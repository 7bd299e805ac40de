a = 1
del a
try:
    a
except NameError as e:
    print("NameError:", e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
lst = list(range(10))
del lst[1::3]
print(lst)
del lst[:]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError:
    print("AttributeError on second del")

x, y, z = 1, 2, 3
del x, y
print(z, "x" in globals(), "y" in globals())

def f():
    v = 5
    del v
    try:
        return v
    except NameError:
        return "v deleted"
print(f())

nested = [[1, 2, 3], [4, 5, 6]]
del nested[0][1]
print(nested)
dd = {"k": [1, 2, 3]}
del dd["k"][0]
print(dd)
ba = bytearray(b"abcdef")
del ba[1:3]
print(ba)
del ba[0]
print(ba)
for i in range(3):
    tmp = i
del tmp, i
print("tmp" in globals())
