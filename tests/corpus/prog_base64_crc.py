ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + bytes(3 - len(chunk)), "big")
        enc = [ALPHA[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            enc[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(enc)
    return "".join(out)
def b64decode(s):
    out = bytearray()
    for i in range(0, len(s), 4):
        q = s[i:i + 4]
        pad = q.count("=")
        n = 0
        for c in q.replace("=", "A"):
            n = n << 6 | ALPHA.index(c)
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)
for msg in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(10))]:
    e = b64encode(msg)
    print(msg, e, b64decode(e) == msg)
def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
for msg in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", b"123456789"]:
    print(msg, hex(crc32(msg)))
def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return b << 16 | a
print(adler32(b"Wikipedia"), hex(adler32(b"Wikipedia")))
