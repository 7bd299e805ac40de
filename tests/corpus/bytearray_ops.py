ba = bytearray(b"0123456789")
ba[::2] = b"abcde"
print(ba)
ba[1::2] = bytearray(5)
print(ba)
del ba[::3]
print(ba)
ba[2:5] = b""
print(ba)
ba[0:1] = b"XYZ"
print(ba)
ba.extend(range(65, 68))
print(ba, len(ba))
ba2 = bytearray()
for i in range(10):
    ba2.append(i * 25)
print(ba2, list(ba2), sum(ba2))
print(ba2.pop(), ba2.pop(0), ba2.index(50), ba2.count(75), 100 in ba2)
ba2.remove(50)
print(ba2)
buf = bytearray(b"hello world")
buf[0] = buf[0] - 32
buf[6] ^= 0x20
print(buf, buf.decode(), buf.upper(), buf.find(b"W"))
msg = bytearray()
for word in [b"a", b"bb", b"ccc"]:
    msg += bytes([len(word)]) + word
print(msg, bytes(msg))
pos = 0
out = []
while pos < len(msg):
    n = msg[pos]
    out.append(bytes(msg[pos + 1:pos + 1 + n]))
    pos += 1 + n
print(out)
checksum = 0
for b in b"The quick brown fox":
    checksum = (checksum * 31 + b) & 0xFFFFFFFF
print(checksum, hex(checksum))
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"abc") < b"abd", bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
print(type(bytearray(b"x") + b"y").__name__, type(b"y" + bytearray(b"x")).__name__)
