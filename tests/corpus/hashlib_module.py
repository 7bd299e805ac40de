# hashlib: sha256, sha1 and md5 against CPython over lengths around the 64-byte block and its
# padding boundary, incremental updates, copies, attributes and the str error.
import hashlib
for name in ("sha256", "sha1", "md5"):
    ctor = getattr(hashlib, name)
    for n in (0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000):
        data = bytes((i * 7 + n) & 0xFF for i in range(n))
        h = ctor(data)
        print(name, n, h.hexdigest())
    h = ctor()
    for piece in (b"a", b"bc" * 40, bytearray(b"x" * 70), b""):
        h.update(piece)
    c = h.copy()
    c.update(b"more")
    print(h.hexdigest() == ctor(b"a" + b"bc" * 40 + b"x" * 70).hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()), c.hexdigest() != h.hexdigest())
    print(h.name, h.digest_size, h.block_size, len(h.digest()))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
print(hashlib.sha256(b"abc").hexdigest())
