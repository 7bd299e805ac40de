ba = bytearray(b"hello")
print(ba, len(ba), ba[0], type(ba).__name__)
ba[0] = ord("j")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" you")
ba.extend([33, 33])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
print(ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EL"
print(ba)
ba[0:0] = b">>"
print(ba)
ba[-3:] = b""
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0:2]
print(ba)
ba2 = bytearray(4)
print(ba2, bytearray([1, 2, 3]), bytearray("ü", "utf-8"), bytearray(range(3)))
ba3 = bytearray(b"abc")
ba3 += b"def"
ba3 *= 2
print(ba3, ba3 == b"abcdefabcdef", bytes(ba3), ba3.decode())
ba3.reverse()
print(ba3, ba3.find(b"fed"), ba3.count(ord("a")), ba3.upper())
ba3.clear()
print(ba3, len(ba3))
try:
    bytearray(b"x")[0] = 300
except ValueError as e:
    print("ValueError:", e)
b = bytearray(b"xyz")
c = b.copy()
c[0] = 65
print(b, c, b + c, b[1:], b[-1])
print(bytearray(b"a,b").split(b","), bytearray(b"hex").hex(), bytearray.fromhex("4142"))
print(list(bytearray(b"\x00\xff")), bytes(bytearray(b"q")), bytearray(b"q") in [b"q"])
