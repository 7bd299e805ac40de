# io.StringIO/BytesIO and heapq (frozen Python modules): reading, writing, seeking past the end,
# truncation, iteration, closing and errors; heap invariants over random data.
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\nlast"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines(), [line for line in io.StringIO("a\nb\n")])
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.seek(0, 2), s.truncate(4), repr(s.getvalue()))
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
b = io.BytesIO(b"abc")
print(b.read(1), b.read(), b.tell(), b.write(b"de"), b.getvalue(), b.seek(1), b.read(2))
b.write(bytearray(b"Z"))
print(b.getvalue(), bytes(b.getbuffer()))
with io.StringIO("x") as f:
    print(f.read(), f.closed)
print(f.closed)
for bad in (lambda: f.read(), lambda: io.StringIO().write(b"x"), lambda: io.BytesIO().write("x"), lambda: io.StringIO(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(io.StringIO("one\ntwo").readline(2)), io.StringIO(None).getvalue() == "")
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data[0], sorted(data) == list(range(10)), heapq.heappushpop(data, -1), heapq.heapreplace(data, 100), data[0])
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
tasks = []
for t in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(tasks, t)
print([heapq.heappop(tasks)[1] for _ in range(3)])
import random
random.seed(5)
for n in (0, 1, 2, 17, 100):
    xs = [random.randrange(50) for _ in range(n)]
    h = []
    for x in xs:
        heapq.heappush(h, x)
    out = [heapq.heappop(h) for _ in range(n)]
    heapq.heapify(xs)
    ok = all(xs[i] <= xs[c] for i in range(len(xs)) for c in (2 * i + 1, 2 * i + 2) if c < len(xs))
    print(n, out == sorted(out), ok)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
