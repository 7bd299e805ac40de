def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]

def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick_sort([x for x in a if x > pivot])

def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        k = a[i]
        j = i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a

def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(i, n):
        while True:
            m, l, r = i, 2 * i + 1, 2 * i + 2
            if l < n and a[l] > a[m]: m = l
            if r < n and a[r] > a[m]: m = r
            if m == i: return
            a[i], a[m] = a[m], a[i]
            i = m
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

def counting_sort(a, k):
    c = [0] * (k + 1)
    for x in a:
        c[x] += 1
    return [i for i in range(k + 1) for _ in range(c[i])]

seed = 2024
data = []
for _ in range(60):
    seed = (seed * 214013 + 2531011) % 2 ** 32
    data.append((seed >> 16) % 200)
print(data)
ref = sorted(data)
for fn in (merge_sort, quick_sort, insertion_sort, heap_sort):
    r = fn(data)
    print(fn.__name__, r == ref, r[:8])
print(counting_sort(data, 199) == ref)
print(merge_sort([]), quick_sort([1]), heap_sort([2, 1]), insertion_sort(list("sorting")))
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
print([bsearch(ref, x) for x in (-1, 0, 50, 100, 199, 500)])
