def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, g):
    out = []
    for x in g:
        if len(out) >= n:
            break
        out.append(x)
    return out

def mapg(f, g):
    for x in g:
        yield f(x)

def filterg(p, g):
    for x in g:
        if p(x):
            yield x

def takewhile(p, g):
    for x in g:
        if not p(x):
            return
        yield x

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(take(10, naturals()))
print(take(5, mapg(lambda x: x * x, naturals(3))))
print(take(8, filterg(lambda x: x % 7 == 3, naturals())))
print(list(takewhile(lambda x: x < 50, mapg(lambda x: 2 ** x, naturals()))))
print(list(collatz(27))[:20], len(list(collatz(27))), max(collatz(27)))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("abc")))
def accumulate(g):
    total = 0
    for x in g:
        total += x
        yield total
print(take(10, accumulate(naturals(1))))
def triangle_rows():
    row = [1]
    while True:
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
for r in take(6, triangle_rows()):
    print(r)
def pairs(g):
    it = iter(g)
    for a in it:
        yield a, next(it, None)
print(list(pairs(range(7))))
