# upy: requests larger than upy's fixed heap raise MemoryError before any memory is taken (CPython hands them to the host's allocator); each must raise, and the last one ends the program
import random
import struct
from array import array

for request in (lambda: array("b", [1]) * (1 << 40), lambda: random.getrandbits(1 << 40)):
    try:
        request()
    except MemoryError:
        pass
    else:
        raise AssertionError("no MemoryError")
struct.pack("3000000000x")
