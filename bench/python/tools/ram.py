# Heap cost of common objects, measured with gc.mem_alloc() differences after gc.collect().
# Run on the 32-bit build to compare with MicroPython's 32-bit figures.
import gc


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


gc.collect()
print("boot", gc.mem_alloc())
print("list of 1000 small ints", measure(lambda: list(range(1000))))
print("dict of 1000 int keys", measure(lambda: {i: None for i in range(1000)}))
print("instance with two attributes", measure(Two, 100))
print("ten-character str", measure(lambda: "abcdefghi" + chr(106 + len([])), 100))
print("float", measure(lambda: 1.5 + len([]), 100))
print("2-tuple", measure(lambda: (len([]), 2), 100))
