r = range(10)
print(r, len(r), r[0], r[-1], r[3], list(r))
print(range(5, 10), list(range(5, 10)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
r2 = range(3, 30, 4)
print(len(r2), r2[2], r2[-2], list(r2), 7 in r2, 8 in r2, 31 in r2, -1 in r2)
print(r2[1:4], list(r2[1:4]), r2[::-1], list(r2[::-1]), list(r2[::2]), r2.index(11), r2.count(11))
neg = range(10, -10, -3)
print(list(neg), len(neg), neg[-1], 1 in neg, 0 in neg, list(reversed(neg)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 2))), sum(range(101)), max(range(7)), min(range(3, 8)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1, 2) == range(1, 2, 5))
print(range(0, 10 ** 20, 3)[-1], 10 ** 19 in range(0, 10 ** 20))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
r3 = range(1, 4)
it = iter(r3)
print(next(it), list(it), list(r3), type(r3).__name__)
print(r.start, r.stop, r.step, r2.start, r2.stop, r2.step)
print([i * i for i in range(-3, 4)], list(range(-5)), list(range(-5, -1)))
print(tuple(range(3)), set(range(3)) == {0, 1, 2}, list(enumerate(range(5, 8))))
print(list(range(2, 12)[::3]), list(range(20)[5:15:4]), list(range(10)[-3:]))
