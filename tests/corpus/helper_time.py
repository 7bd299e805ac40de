# Under CPython, a stand-in for what MicroPython's time module has beyond CPython's: the tick
# counters (wrapping at 2**30, as upy's do on every port), and the calendar functions in UTC
# returning MicroPython's 8-tuples. Under upy this module is not used.
import calendar
import time as _time

PERIOD = 1 << 30


def ticks_ms():
    return (_time.monotonic_ns() // 1_000_000) & (PERIOD - 1)


def ticks_us():
    return (_time.monotonic_ns() // 1_000) & (PERIOD - 1)


def ticks_cpu():
    return _time.monotonic_ns() & (PERIOD - 1)


def ticks_add(ticks, delta):
    return (ticks + delta) & (PERIOD - 1)


def ticks_diff(end, start):
    return ((end - start + PERIOD // 2) & (PERIOD - 1)) - PERIOD // 2


def sleep_ms(ms):
    _time.sleep(ms / 1000)


def sleep_us(us):
    _time.sleep(us / 1_000_000)


def gmtime(secs=None):
    return tuple(_time.gmtime(secs))[:8]


localtime = gmtime


def mktime(t):
    # Fields out of range carry into the next, as C's mktime does (months into years first).
    y, mon, d, h, mi, s = tuple(t)[:6]
    y, mon = y + (mon - 1) // 12, (mon - 1) % 12 + 1
    return calendar.timegm((y, mon, 1, 0, 0, 0)) + (d - 1) * 86400 + h * 3600 + mi * 60 + s
