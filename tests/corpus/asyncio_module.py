# async def / await / async for / async with, and the asyncio module (frozen Python): tasks
# interleaving, gather (with exceptions), wait_for timeouts, cancellation, Event and Lock.
import asyncio

log = []


async def ticker(name, n, delay):
    for i in range(n):
        log.append((name, i))
        await asyncio.sleep(delay)
    return name * n


async def fails():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def forever(ev):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append("cancelled")
        ev.set()
        raise


async def main():
    t1 = asyncio.create_task(ticker("a", 3, 0))
    t2 = asyncio.create_task(ticker("b", 2, 0))
    r = await t1, await t2
    print(r, log)
    log.clear()
    print(await asyncio.gather(ticker("x", 2, 0.02), ticker("y", 3, 0.005)), log)
    print(await asyncio.gather(fails(), ticker("z", 1, 0), return_exceptions=True))
    try:
        await asyncio.gather(fails())
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.02)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(ticker("q", 1, 0), 1))
    ev = asyncio.Event()
    log.clear()
    t = asyncio.create_task(forever(ev))
    await asyncio.sleep(0.03)
    print(t.cancel(), t.done())
    await ev.wait()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled(), log)
    lock = asyncio.Lock()
    order = []

    async def critical(k):
        async with lock:
            order.append(("in", k))
            await asyncio.sleep(0.005)
            order.append(("out", k))

    await asyncio.gather(critical(1), critical(2), critical(3))
    print(order, lock.locked())
    e2 = asyncio.Event()

    async def waiter(k):
        await e2.wait()
        return k * 2

    ws = [asyncio.create_task(waiter(k)) for k in range(3)]
    await asyncio.sleep(0)
    print([w.done() for w in ws], e2.is_set())
    e2.set()
    print(await asyncio.gather(*ws))
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(fails())
except ValueError as e:
    print("run raised", e)
