# struct: pack/unpack/pack_into/unpack_from/calcsize over every item code in standard and native
# (aligned) layouts, byte orders, padding, strings, buffers of bytes, bytearray and array, and
# struct.error for values out of range, wrong types and counts, bad formats and short buffers.
import struct
from array import array
for fmt in ('<bBhHiIqQ', '>hi', '!I', '=q', '<fd', '<?c', '<3s', '<2x', '<4h', 'bi', 'bq', 'hbi', 'b', ''):
    print(fmt, struct.calcsize(fmt))
print(struct.pack('<bBhHiIqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1))
print(struct.pack('>hi', 1, 2), struct.pack('!I', 0x01020304), struct.pack('<fd', 1.5, -0.1))
print(struct.pack('<?c3s2x', 5, b'z', b'abcdef'), struct.pack('<3s', b'a'))
print(struct.unpack('<bBhHiIqQ', struct.pack('<bBhHiIqQ', -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1)))
print(struct.unpack('>hi', b'\x00\x01\x00\x00\x00\x02'), struct.unpack('<fd', struct.pack('<fd', 0.1, 0.1)))
print(struct.unpack('<?c3s2x', b'\x01zabc\x00\x00'), struct.unpack('<4h', bytes(range(8))))
print(struct.pack('bi', 1, 2), struct.unpack('hbi', struct.pack('hbi', 1, 2, 3)))
print(struct.unpack_from('<h', b'\x00\x01\x02', 1), struct.unpack_from('<b', b'abc', offset=-1))
b = bytearray(8)
struct.pack_into('<hi', b, 2, 7, -1)
print(b)
a = array('i', [0, 0])
struct.pack_into('<i', a, 4, 99)
print(a, struct.unpack('<2i', a))
for args in (('<b', 128), ('<B', -1), ('<h', 1 << 15), ('<I', 1 << 32), ('<q', 1 << 63), ('<i', 1.5),
             ('<f', 'x'), ('<ii', 1), ('<c', b'ab'), ('<y', 1)):
    try:
        struct.pack(*args)
    except struct.error as e:
        print('error', args[0])
for args in (('<i', b'abc'), ('<i', b'abcde')):
    try:
        struct.unpack(*args)
    except struct.error as e:
        print('error', e)
try:
    struct.unpack_from('<i', b'abc', 1)
except struct.error as e:
    print('error', e)
print(issubclass(struct.error, Exception), struct.error.__name__)
