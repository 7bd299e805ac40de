def read_lines(text):
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        i = line.find("#")
        if i >= 0:
            line = line[:i]
        line = line.strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        key, _, val = line.partition("=")
        yield key.strip(), val.strip()

src = """
# config
name = upy
version = 1 # inline
   # nothing
debug=true
"""
for k, v in parse(strip_comments(read_lines(src))):
    print(repr(k), repr(v))

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
ps = primes()
print([next(ps) for _ in range(20)])

def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(list(running_sum(range(1, 11))))

def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
        except StopIteration:
            yield from ib
            return
        try:
            yield next(ib)
        except StopIteration:
            yield from ia
            return
print(list(interleave([1, 2, 3, 4], "ab")))
print(list(interleave("a", [1, 2, 3])))

def gen_state():
    yield 1
g = gen_state()
print(list(g), list(g))
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed % 100
r = lcg(42)
print([next(r) for _ in range(10)])
