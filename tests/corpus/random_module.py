# random: seeded sequences repeat, and every function stays in its range with a plausible spread
# (the sequences themselves differ from CPython's, so only properties are printed); errors.
import random

random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
random.seed(1)
c = [random.random() for _ in range(5)]
print(a == b, a != c, all(0 <= x < 1 for x in a + c))
random.seed(7)
xs = [random.randint(1, 6) for _ in range(6000)]
print(min(xs), max(xs), all(700 < xs.count(k) < 1300 for k in range(1, 7)))
print(all(random.randrange(10) in range(10) for _ in range(1000)))
print(sorted(set(random.randrange(0, 20, 5) for _ in range(500))))
print(sorted(set(random.randrange(10, 0, -3) for _ in range(500))))
big = random.randrange(10**30, 10**30 + 5)
print(10**30 <= big < 10**30 + 5, random.randint(-2**70, -2**70) == -2**70)
print(all(0 <= random.getrandbits(k) < 2**k for k in (0, 1, 5, 31, 32, 33, 64, 100) for _ in range(50)))
print(max(random.getrandbits(8) for _ in range(2000)), random.getrandbits(0))
u = [random.uniform(2.5, 3.5) for _ in range(1000)]
print(all(2.5 <= x <= 3.5 for x in u), 2.9 < sum(u) / len(u) < 3.1)
print(random.choice("abc") in "abc", sorted(set(random.choice([1, 2, 3]) for _ in range(300))))
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)), l != list(range(20)))
random.seed()
print(0 <= random.random() < 1)
for f, args in ((random.randrange, (0,)), (random.randrange, (1, 1)), (random.randint, (3, 2)),
                (random.randrange, (1, 10, 0)), (random.getrandbits, (-1,)), (random.choice, ([],)),
                (random.randrange, (5, 1, 2))):
    try:
        f(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
