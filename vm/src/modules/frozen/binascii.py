# binascii: hex and base64 conversions and CRC-32, written in Python and frozen into upy.


class Error(ValueError):
    pass


def _bytes(data):
    if isinstance(data, str):
        if any(ord(c) > 127 for c in data):
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode()
    return bytes(data)


def hexlify(data, sep=None):
    h = bytes(data).hex()
    if sep is not None:
        sep = sep.decode() if isinstance(sep, (bytes, bytearray)) else sep
        h = sep.join(h[i:i + 2] for i in range(0, len(h), 2))
    return h.encode()


def unhexlify(data):
    data = _bytes(data)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode())
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


b2a_hex = hexlify
a2b_hex = unhexlify

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    data = bytes(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest:
        tail = data[len(data) - rest:] + b"\0" * (3 - rest)
        n = tail[0] << 16 | tail[1] << 8 | tail[2]
        quad = bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63], _B64[n & 63]))
        out += quad[:rest + 1] + b"=" * (3 - rest)
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data):
    data = _bytes(data)
    bits = 0
    nbits = 0
    out = bytearray()
    quad = 0
    padding = False
    for c in data:
        if c == 61:  # "="
            if quad >= 2:
                padding = True
            continue
        v = _B64_VALUE.get(c)
        if v is None or padding:
            continue
        bits = bits << 6 | v
        nbits += 6
        quad = (quad + 1) % 4
        if nbits >= 8:
            nbits -= 8
            out.append(bits >> nbits & 0xFF)
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % sum(1 for c in data if c in _B64_VALUE))
    if quad and not padding:
        raise Error("Incorrect padding")
    return bytes(out)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def crc32(data, crc=0):
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in bytes(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
