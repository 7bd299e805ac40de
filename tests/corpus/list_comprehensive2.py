a = list(range(1, 11))
evens = a[1::2]
odds = a[::2]
print(evens, odds, list(zip(odds, evens)))
print([x for pair in zip(odds, evens) for x in pair] == a)
chunks = [a[i:i + 3] for i in range(0, len(a), 3)]
print(chunks)
rot = a[3:] + a[:3]
print(rot)
a2 = a[:]
a2[2:8] = a2[2:8][::-1]
print(a2)
print(a.index(7), a[-3:], a[:-3][-2:], a[len(a) // 2])
b = [5, 1, 4]
b[len(b):] = [2, 3]
b[:0] = [0]
print(b, sorted(b)[1:-1])
rows = [[1, 2], [3, 4], [5, 6]]
print(list(map(list, zip(*rows))), [list(r) for r in zip(*rows[::-1])])
print([row[:] for row in rows] == rows, [row for row in rows] is rows)
dedup = list(dict.fromkeys([3, 1, 3, 2, 1]))
print(dedup)
cnt = [0] * 5
for v in [1, 3, 3, 4, 1, 1]:
    cnt[v] += 1
print(cnt, cnt.index(max(cnt)))
window_sums = [sum(a[i:i + 3]) for i in range(len(a) - 2)]
print(window_sums)
print(list(reversed(a))[::2], a[::-2], a[-1::-2] == a[::-2])
print([a[i] - a[i - 1] for i in range(1, len(a))], all(a[i] < a[i + 1] for i in range(len(a) - 1)))
