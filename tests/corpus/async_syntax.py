# async def, await (of coroutines and of objects with __await__), async for (with else and
# break) and async with (swallowing and passing exceptions), driven by hand with send().
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ("sleep", self.n)
        return self.n * 10

async def add(a, b):
    return a + b

async def worker(name):
    r = await Sleep(1)
    s = await add(r, 2)
    return name + str(s)

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(0)
        return self.i

class Res:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("enter")
        return self
    async def __aexit__(self, t, v, tb):
        self.log.append(("exit", t.__name__ if t else None))
        return t is KeyError

async def main():
    out = [await worker("w")]
    async for i in Counter(3):
        out.append(i)
    log = []
    async with Res(log) as r:
        out.append(r is not None)
    async with Res(log):
        raise KeyError("swallowed")
    try:
        async with Res(log):
            raise ValueError("passes")
    except ValueError as e:
        out.append(str(e))
    out.append(log)
    return out

def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, steps

print(run(main()))
c = add(1, 2)
print(type(c).__name__ in ("coroutine", "generator"), run(c))
class C:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0: raise StopAsyncIteration
        self.n -= 1
        return self.n
async def m():
    out = []
    async for i in C(3):
        out.append(i)
    else:
        out.append("else")
    async for i in C(5):
        if i == 2: break
        out.append(i)
    else:
        out.append("no")
    return out
g = m()
try:
    g.send(None)
except StopIteration as e:
    print(e.value)
