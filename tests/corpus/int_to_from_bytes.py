for n in [0, 1, 127, 128, 255, 256, 65535, 2 ** 32 - 1, 2 ** 63, 2 ** 100]:
    length = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(length, "big")
    print(n, length, b, n.to_bytes(length, "little").hex(), int.from_bytes(b, "big") == n)
for n in [-1, -128, -129, 127, -32768, -2 ** 63]:
    b = n.to_bytes(8, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x00\x01", "little"), int.from_bytes([1, 2, 3], "big"))
try:
    (-1).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError")
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError:
    print("OverflowError signed")
print((0).to_bytes(0, "big") if True else b"", (1).to_bytes(4, "little"), (0x0102).to_bytes(2, "big"))
def pack_u16_list(vals):
    return b"".join(v.to_bytes(2, "little") for v in vals)
packed = pack_u16_list([1, 256, 65535, 4660])
print(packed, [int.from_bytes(packed[i:i + 2], "little") for i in range(0, len(packed), 2)])
