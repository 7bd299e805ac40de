# The time module: calendar conversions (UTC; MicroPython's 8-tuples), tick arithmetic across
# the wrap, and sleeps measured with the tick counters.
import time

try:
    from time import gmtime, localtime, mktime, sleep_ms, sleep_us, ticks_add, ticks_cpu
    from time import ticks_diff, ticks_ms, ticks_us
except ImportError:
    from helper_time import gmtime, localtime, mktime, sleep_ms, sleep_us, ticks_add, ticks_cpu
    from helper_time import ticks_diff, ticks_ms, ticks_us

for secs in (0, 86399, 86400, 951782400, 1709164800, 1733435000, -1, -86401, 4102444800):
    t = gmtime(secs)
    print(secs, t, mktime(t) == secs)
print(localtime(0) == gmtime(0))
# mktime carries fields out of range into the next, as C's does.
print(mktime((2023, 13, 1, 0, 0, 0, 0, 0)) == mktime((2024, 1, 1, 0, 0, 0, 0, 0)))
print(mktime((2024, 3, 0, 24, 0, 0, 0, 0)) == mktime((2024, 3, 1, 0, 0, 0, 0, 0)))
print(mktime((2024, 1, 1, 0, 0, -1, 0, 0)) == mktime((2023, 12, 31, 23, 59, 59, 0, 0)))
print(gmtime(1e9) == gmtime(1000000000), gmtime(59.9)[5])

period = 1 << 30
for end, start in ((5, 3), (3, 5), (2, period - 3), (period - 3, 2), (period // 2 - 1, 0)):
    print("diff", end, start, ticks_diff(end, start))
print(ticks_add(period - 1, 1), ticks_add(0, -1), ticks_add(10, period + 5))
print(ticks_diff(ticks_add(123, 456), 123), ticks_diff(ticks_add(123, -456), 123))

for f in (ticks_ms, ticks_us, ticks_cpu):
    t = f()
    print(f.__name__, type(t).__name__, 0 <= t < period)

t0, u0 = ticks_ms(), ticks_us()
sleep_ms(30)
print("sleep_ms(30)", 25 <= ticks_diff(ticks_ms(), t0) < 1000)
u1 = ticks_us()
sleep_us(20000)
print("sleep_us(20000)", 15000 <= ticks_diff(ticks_us(), u1) < 1000000)
t1 = ticks_ms()
time.sleep(0.02)
print("sleep(0.02)", 15 <= ticks_diff(ticks_ms(), t1) < 1000)
print(type(time.time()).__name__, time.time() > 1.7e9, time.time_ns() > 1.7e18)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
