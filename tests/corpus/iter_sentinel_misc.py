lines = ["first", "second", "", "after blank"]
src = iter(lines)
print(list(iter(lambda: next(src), "")))
print(next(src))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 6)))
class Reader:
    def __init__(self, data, size):
        self.data, self.pos, self.size = data, 0, size
    def read(self):
        chunk = self.data[self.pos:self.pos + self.size]
        self.pos += self.size
        return chunk
r = Reader(b"abcdefghij", 4)
print(list(iter(r.read, b"")))
print(list(enumerate("abc", -1)), list(enumerate(range(0))))
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(filter(lambda s: s.strip(), ["a", " ", "", "b "])))
print(list(reversed(list(enumerate("xy")))), sorted(enumerate("cab"), key=lambda p: p[1]))
it = iter("abcdef")
print(list(zip(it, it, it)))
print(next(iter([]), "empty default"), next(iter("z")))
print(sum(1 for _ in iter(int, 1)) if False else "int() sentinel skipped")
print(any(iter([])), all(iter([])), max(iter([4, 9, 2])), min(iter("qwe")))
nums = iter(range(10))
print([n for n in nums if n % 3 == 0], list(nums))
