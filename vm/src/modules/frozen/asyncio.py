# asyncio: an event loop for coroutines, written in Python and frozen into upy. It has what
# MicroPython's asyncio has: run, sleep, sleep_ms, create_task, gather, wait_for, current_task,
# get_event_loop/new_event_loop, Task (await, cancel, done, result), Event, Lock,
# CancelledError and TimeoutError.
#
# A coroutine talks to the loop through what it yields (an await of sleep, of a task or of an
# event ends in such a yield): None to run again at once, ("sleep", seconds), or ("wait",
# waitable[, seconds]) to run again when the waitable (a Task, Event or Lock) wakes its
# waiters, or after the seconds. Every yield gets a new token; a wake-up carrying an older
# token is stale (the task has moved on: woken by something else, or cancelled) and ignored.
import heapq as _heapq
import time as _time
from collections import deque as _deque


class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError


def _now():
    return _time.ticks_ms() / 1000 if hasattr(_time, "ticks_ms") else _time.monotonic()


class Task:
    def __init__(self, coro, loop):
        self._coro = coro
        self._loop = loop
        self._done = False
        self._result = None
        self._exc = None
        self._waiters = []
        self._token = 0
        self._cancel = False

    def done(self):
        return self._done

    def cancelled(self):
        return self._done and isinstance(self._exc, CancelledError)

    def result(self):
        if not self._done:
            raise RuntimeError("Result is not set.")
        if self._exc is not None:
            raise self._exc
        return self._result

    def exception(self):
        return self._exc

    def cancel(self, msg=None):
        if self._done:
            return False
        self._cancel = True
        self._loop._wake(self, self._token)
        return True

    def _finish(self, result, exc):
        self._done = True
        self._result = result
        self._exc = exc
        _wake_all(self)

    def __await__(self):
        if not self._done:
            yield ("wait", self)
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return "<Task %s>" % ("done" if self._done else "pending")


def _wake_all(waitable):
    waiters, waitable._waiters = waitable._waiters, []
    for task, token in waiters:
        task._loop._wake(task, token)


class _Loop:
    def __init__(self):
        self._ready = _deque()
        self._sleeping = []
        self._seq = 0
        self._current = None

    def _wake(self, task, token):
        self._ready.append((task, token))

    def create_task(self, coro):
        if not hasattr(coro, "send"):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        t = Task(coro, self)
        self._wake(t, 0)
        return t

    def _step(self, task):
        self._current = task
        task._token += 1
        try:
            if task._cancel:
                task._cancel = False
                request = task._coro.throw(CancelledError())
            else:
                request = task._coro.send(None)
        except StopIteration as e:
            task._finish(e.value, None)
        except BaseException as e:
            task._finish(None, e)
        else:
            self._park(task, request)
        self._current = None

    def _park(self, task, request):
        token = task._token
        if request is None:
            self._wake(task, token)
            return
        kind = request[0]
        if kind == "sleep":
            self._at(_now() + request[1], task, token)
        elif kind == "wait":
            request[1]._waiters.append((task, token))
            if len(request) > 2:
                self._at(_now() + request[2], task, token)
        else:
            raise RuntimeError("bad request from a coroutine: %r" % (request,))

    def _at(self, when, task, token):
        self._seq += 1
        _heapq.heappush(self._sleeping, (when, self._seq, task, token))

    def run_until_complete(self, aw):
        main = aw if isinstance(aw, Task) else self.create_task(aw)
        while not main._done:
            if self._ready:
                task, token = self._ready.popleft()
                if token == task._token and not task._done:
                    self._step(task)
                continue
            if not self._sleeping:
                raise RuntimeError("no task can run: the main task waits forever")
            delay = self._sleeping[0][0] - _now()
            if delay > 0:
                _time.sleep(delay)
            while self._sleeping and self._sleeping[0][0] <= _now():
                _, _, task, token = _heapq.heappop(self._sleeping)
                self._wake(task, token)
        return main.result()

    def close(self):
        pass


_loop = None


def get_event_loop():
    global _loop
    if _loop is None:
        _loop = _Loop()
    return _loop


def new_event_loop():
    global _loop
    _loop = _Loop()
    return _loop


def run(main):
    loop = new_event_loop()
    try:
        return loop.run_until_complete(main)
    finally:
        global _loop
        _loop = None


def create_task(coro):
    return get_event_loop().create_task(coro)


def current_task():
    return get_event_loop()._current


def sleep(delay, result=None):
    if delay <= 0:
        yield None
    else:
        yield ("sleep", delay)
    return result


def sleep_ms(ms, result=None):
    return sleep(ms / 1000, result)


def gather(*aws, return_exceptions=False):
    tasks = [a if isinstance(a, Task) else create_task(a) for a in aws]
    return _gather(tasks, return_exceptions)


def _gather(tasks, return_exceptions):
    results = []
    for t in tasks:
        try:
            results.append((yield from t.__await__()))
        except Exception as e:
            if not return_exceptions:
                raise
            results.append(e)
    return results


def wait_for(aw, timeout):
    task = aw if isinstance(aw, Task) else create_task(aw)
    return _wait_for(task, timeout)


def _wait_for(task, timeout):
    if timeout is not None:
        deadline = _now() + timeout
        while not task.done():
            left = deadline - _now()
            if left <= 0:
                task.cancel()
                raise TimeoutError
            yield ("wait", task, left)
    return (yield from task.__await__())


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout / 1000)


class Event:
    def __init__(self):
        self._set = False
        self._waiters = []

    def is_set(self):
        return self._set

    def set(self):
        self._set = True
        _wake_all(self)

    def clear(self):
        self._set = False

    def wait(self):
        while not self._set:
            yield ("wait", self)
        return True


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    def acquire(self):
        while self._locked:
            yield ("wait", self)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        if self._waiters:
            task, token = self._waiters.pop(0)
            task._loop._wake(task, token)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()
