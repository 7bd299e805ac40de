# Heap cost of common objects, measured with gc.mem_alloc() differences after gc.collect().
# Run on the 32-bit build to compare with MicroPython's 32-bit figures; with --check, the exit
# status is 1 when any figure exceeds MicroPython's.
import gc

gc.collect()
boot = gc.mem_alloc()

import sys

# MicroPython's own 32-bit build, in bytes.
MICROPYTHON = {
    "boot": 2064,
    "list of 1000 small ints": 4112,
    "dict of 1000 int keys": 9808,
    "instance with two attributes": 32,
    "ten-character str": 32,
    "float": 16,
    "2-tuple": 16,
}
over = []


def report(name, size):
    print(name, size, "(MicroPython: %d)" % MICROPYTHON[name])
    if size > MICROPYTHON[name]:
        over.append(name)


def measure(make, count=1):
    gc.collect()
    before = gc.mem_alloc()
    keep = [make() for _ in range(count)] if count > 1 else make()
    gc.collect()
    after = gc.mem_alloc()
    holder = 0
    if count > 1:
        gc.collect()
        holder = gc.mem_alloc()
        keep2 = [None] * count
        gc.collect()
        holder = gc.mem_alloc() - holder
        del keep2
    del keep
    return (after - before - holder) // count


class Two:
    def __init__(self):
        self.a = 1
        self.b = 2


report("boot", boot)
report("list of 1000 small ints", measure(lambda: list(range(1000))))
report("dict of 1000 int keys", measure(lambda: {i: None for i in range(1000)}))
report("instance with two attributes", measure(Two, 100))
report("ten-character str", measure(lambda: "abcdefghi" + chr(106 + len([])), 100))
report("float", measure(lambda: 1.5 + len([]), 100))
report("2-tuple", measure(lambda: (len([]), 2), 100))
if over and "--check" in sys.argv:
    print("more than MicroPython:", ", ".join(over))
    sys.exit(1)
