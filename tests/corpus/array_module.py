# array.array: construction from iterables and bytes, indexing and slicing (read, assign,
# delete), append/extend/frombytes/tobytes/tolist, concatenation and repetition, comparisons,
# the buffer (bytes(a)), and errors. Out-of-range items raise OverflowError as in CPython
# (MicroPython truncates them silently); only the exception type is printed, since CPython's
# messages differ from one typecode to the next.
from array import array

a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a.typecode, a.itemsize)
a.append(-4)
a.extend([5, 6])
a.extend(array('i', [7]))
print(a, a.tolist(), list(a), sum(a))
a[0] = 100
a[1:3] = array('i', [9, 9, 9])
print(a)
del a[0]
del a[::2]
print(a)
print(array('f', [0.1, 1.5]), array('d', [0.1]), array('B', b'abc'), array('h', b'\x01\x00\xff\xff'))
print(bytes(array('H', [1, 258])), array('b') == array('b'), array('i', [1]) == array('i', [1]))
print(array('i', [1]) < array('i', [2]), array('i', [1, 2]) != array('i', [1]))
print(array('i', [1, 2]) + array('i', [3]), array('b', [1]) * 3, repr(array('d')))
b = array('b', [1])
b += array('b', [2])
b *= 2
print(b, [x * 2 for x in b], 2 in list(b))
for tc in 'bBhHiIqQ':
    for v in (1 << 64, -(1 << 64)):
        try:
            array(tc, [v])
        except OverflowError:
            print(tc, v > 0, 'OverflowError')
for tc, lo, hi in (('b', -128, 127), ('B', 0, 255), ('h', -32768, 32767), ('H', 0, 65535),
                   ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('q', -2**63, 2**63 - 1),
                   ('Q', 0, 2**64 - 1)):
    print(tc, array(tc, [lo, hi]))
    for bad in (lo - 1, hi + 1):
        try:
            array(tc).append(bad)
        except OverflowError:
            print(tc, bad, 'OverflowError')
for bad in ([1.5], ['x']):
    try:
        array('i', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    array('d', ['x'])
except TypeError as e:
    print('TypeError', e)
try:
    array('z')
except ValueError:
    print('ValueError')
try:
    a[100]
except IndexError as e:
    print('IndexError', e)
try:
    array('i', b'abc')
except ValueError as e:
    print('ValueError', e)
try:
    a[0:1] = [1]
except TypeError:
    print('TypeError: only arrays assign to array slices')
c = array('i', range(5))
c.frombytes(bytes(array('i', [42])))
print(c, c.tobytes()[:8], c[1:4:2], array('f', [1 / 3])[0])
