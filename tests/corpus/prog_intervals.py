def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]))
print(merge([[1, 4], [4, 5]]), merge([]), merge([[5, 7], [1, 2], [2, 3], [6, 9]]))
def insert(intervals, new):
    return merge(intervals + [new])
print(insert([[1, 3], [6, 9]], [2, 5]), insert([[1, 2], [3, 5], [6, 7], [8, 10]], [4, 8]))
def free_slots(busy, start, end):
    slots, cur = [], start
    for s, e in merge(busy):
        if s > cur:
            slots.append((cur, s))
        cur = max(cur, e)
    if cur < end:
        slots.append((cur, end))
    return slots
print(free_slots([[9, 10], [12, 13], [9, 11], [15, 17]], 8, 18))
def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
print([overlap(a, b) for a, b in [((0, 5), (3, 8)), ((0, 2), (2, 4)), ((1, 10), (2, 3))]])
meetings = [(1, 4), (2, 5), (7, 9), (3, 6), (8, 10)]
events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
cur = best = 0
for _, d in events:
    cur += d
    best = max(best, cur)
print("rooms needed:", best)
