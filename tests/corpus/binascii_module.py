# binascii (a frozen Python module): hex with separators, base64 of every tail length, padding
# errors, and CRC-32 with a running value.
import binascii
print(binascii.hexlify(b"\x00\xffab"), binascii.hexlify(b"abc", "-"), binascii.unhexlify("00ff61"), binascii.unhexlify(b"4142"))
for n in range(8):
    data = bytes(range(250, 250 + n)) if n < 6 else b"any carnal pleas"[:n * 2]
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="), binascii.a2b_base64(b"aG k=\n"))
print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
for bad in (lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.a2b_base64("aGk"), lambda: binascii.a2b_base64("a")):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, binascii.Error))
