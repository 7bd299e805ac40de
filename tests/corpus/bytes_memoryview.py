data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv[1:4].tobytes(), bytes(mv[::2]), type(mv).__name__)
mv[0] = ord("A")
print(data)
sub = mv[2:5]
sub[0] = ord("C")
sub[1:3] = b"DE"
print(data, len(sub), sub.tobytes())
data[7] = ord("H")
print(mv[7], mv.tobytes())
print(list(mv[:3]), mv == data, mv[1:3] == b"bC")
ro = memoryview(b"readonly")
print(ro[0], ro[4:].tobytes(), ro.readonly, mv.readonly)
try:
    ro[0] = 1
except TypeError:
    print("TypeError: readonly")
print(bytes(memoryview(b"xyz")[1:]), bytearray(mv[5:]))
buf = bytearray(10)
view = memoryview(buf)
for i in range(10):
    view[i] = i * 3
print(buf, list(buf))
view[2:6] = bytearray(b"\x01\x02\x03\x04")
print(list(buf))
print(view.tolist()[:4] if hasattr(view, "tolist") else list(buf)[:4])
