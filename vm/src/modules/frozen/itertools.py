# itertools: iterator building blocks, written in Python and frozen into upy. Results and
# errors follow CPython 3.11's module.


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    for _ in range(times):
        yield obj


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total


def _chain(iterables):
    for it in iterables:
        for x in it:
            yield x


def chain(*iterables):
    return _chain(iterables)


chain.from_iterable = _chain


def compress(data, selectors):
    for x, keep in zip(data, selectors):
        if keep:
            yield x


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            return
        yield x


def filterfalse(predicate, iterable):
    for x in iterable:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def groupby(iterable, key=None):
    it = iter(iterable)
    marker = object()
    item = next(it, marker)
    while item is not marker:
        k = item if key is None else key(item)
        group = [item]
        item = next(it, marker)
        while item is not marker and (item if key is None else key(item)) == k:
            group.append(item)
            item = next(it, marker)
        yield k, iter(group)


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    start, stop, step = 0, None, 1
    if len(args) == 1:
        stop = args[0]
    else:
        start, stop = args[0], args[1]
        if len(args) == 3:
            step = args[2]
    start = 0 if start is None else start
    step = 1 if step is None else step
    for name, v, low in (("Indices", start, 0), ("Stop argument", stop, 0), ("Step", step, 1)):
        if v is not None and (not isinstance(v, int) or v < low):
            if name == "Step":
                raise ValueError("Step for islice() must be a positive integer or None.")
            raise ValueError("%s for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                             % ("Indices" if name == "Indices" else "Stop argument"))
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    i = 0
    nxt = start
    while stop is None or i < stop:
        try:
            x = next(it)
        except StopIteration:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def one(mine):
        while True:
            if not mine:
                try:
                    x = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(x)
            yield mine.pop(0)

    return tuple(one(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    its = [iter(i) for i in iterables]
    live = len(its)
    while live:
        row = []
        for k, it in enumerate(its):
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                its[k] = None
                live -= 1
                row.append(fillvalue)
        if live:
            yield tuple(row)


def pairwise(iterable):
    it = iter(iterable)
    marker = object()
    prev = next(it, marker)
    if prev is marker:
        return
    for x in it:
        yield prev, x
        prev = x


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat

    def build(i, prefix):
        if i == len(pools):
            yield prefix
            return
        for x in pools[i]:
            yield from build(i + 1, prefix + (x,))

    return build(0, ())


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")

    def build(prefix, left):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for k in range(len(left)):
            yield from build(prefix + [left[k]], left[:k] + left[k + 1:])

    return build([], list(range(n))) if r <= n else iter(())


def _choose(pool, r, again):
    def build(start, prefix):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in range(start, len(pool)):
            yield from build(i if again else i + 1, prefix + [i])

    return build(0, [])


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _choose(pool, r, False) if r <= len(pool) else iter(())


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _choose(pool, r, True) if pool or r == 0 else iter(())
