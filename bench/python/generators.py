# A pipeline of generators, generator expressions and comprehensions (bench: generator
# resumption, iteration protocol, closures).
import sys

N = {"small": 5000, "medium": 1000000, "large": 5000000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


def numbers(n):
    seed = 7
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield (seed >> 16) % 1000


def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev, x
        prev = x


def windowed_sums(it, k):
    window = []
    total = 0
    for x in it:
        window.append(x)
        total += x
        if len(window) > k:
            total -= window.pop(0)
        if len(window) == k:
            yield total


def take_every(it, step):
    for i, x in enumerate(it):
        if i % step == 0:
            yield x


def run(n):
    diffs = (b - a for a, b in pairs(numbers(n)))
    positive = (d for d in diffs if d > 0)
    sums = windowed_sums(positive, 5)
    sampled = list(take_every(sums, 3))
    evens = sum(1 for x in sampled if x % 2 == 0)
    squares = [x * x for x in sampled if x < 1000]
    uniq = {x % 251 for x in sampled}
    return len(sampled), max(sampled), evens, sum(squares) % 1000007, len(uniq)


print("generators", N, run(N))
