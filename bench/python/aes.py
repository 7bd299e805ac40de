# AES-128 encryption in CBC mode, written with table lookups on lists of byte values
# (bench: integer bit operations, list indexing, bytes/bytearray).
import sys

BLOCKS = {"small": 40, "medium": 12000, "large": 50000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


def make_sbox():
    sbox = [0] * 256
    p = q = 1
    while True:
        # p walks the multiplicative group by 3, q by its inverse.
        p = p ^ ((p << 1) & 0xFF) ^ (0x1B if p & 0x80 else 0)
        q ^= q << 1
        q ^= q << 2
        q ^= q << 4
        q &= 0xFF
        if q & 0x80:
            q ^= 0x09
        x = q ^ ((q << 1) | (q >> 7)) ^ ((q << 2) | (q >> 6)) ^ ((q << 3) | (q >> 5)) ^ ((q << 4) | (q >> 4))
        sbox[p] = (x ^ 0x63) & 0xFF
        if p == 1:
            break
    sbox[0] = 0x63
    return sbox


SBOX = make_sbox()
XTIME = [((b << 1) ^ (0x1B if b & 0x80 else 0)) & 0xFF for b in range(256)]


def expand_key(key):
    w = list(key)
    rcon = 1
    for i in range(16, 176, 4):
        t = w[i - 4 : i]
        if i % 16 == 0:
            t = [SBOX[t[1]] ^ rcon, SBOX[t[2]], SBOX[t[3]], SBOX[t[0]]]
            rcon = XTIME[rcon]
        for j in range(4):
            w.append(w[i - 16 + j] ^ t[j])
    return w


def encrypt_block(s, w):
    sb = SBOX
    xt = XTIME
    for i in range(16):
        s[i] ^= w[i]
    for rnd in range(1, 11):
        # SubBytes and ShiftRows (the state is column-major: s[4 * col + row]).
        s = [sb[s[(i + 4 * (i % 4)) % 16]] for i in range(16)]
        if rnd != 10:
            for c in range(0, 16, 4):
                a0, a1, a2, a3 = s[c], s[c + 1], s[c + 2], s[c + 3]
                t = a0 ^ a1 ^ a2 ^ a3
                s[c] = a0 ^ t ^ xt[a0 ^ a1]
                s[c + 1] = a1 ^ t ^ xt[a1 ^ a2]
                s[c + 2] = a2 ^ t ^ xt[a2 ^ a3]
                s[c + 3] = a3 ^ t ^ xt[a3 ^ a0]
        k = 16 * rnd
        for i in range(16):
            s[i] ^= w[k + i]
    return s


def cbc(data, key, iv):
    w = expand_key(key)
    out = bytearray()
    prev = list(iv)
    for off in range(0, len(data), 16):
        block = [data[off + i] ^ prev[i] for i in range(16)]
        prev = encrypt_block(block, w)
        out.extend(bytes(prev))
    return out


# FIPS-197 appendix C.1 known answer.
kat = bytes(encrypt_block(list(bytes.fromhex("00112233445566778899aabbccddeeff")), expand_key(bytes(range(16)))))
assert kat.hex() == "69c4e0d86a7b0430d8cdb78070b4c55a", kat.hex()

data = bytes((i * 7 + 3) & 0xFF for i in range(16 * BLOCKS))
ct = cbc(data, b"upy benchmark k!", bytes(16))
h = 0
for b in ct:
    h = (h * 31 + b) & 0xFFFFFFFF
print("aes", BLOCKS, ct[-16:].hex(), h)
