# functools: higher-order helpers, written in Python and frozen into upy.


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*(self.args + args), **kw)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ["%s=%r" % kv for kv in self.keywords.items()]
        return "functools.partial(%s)" % ", ".join(parts)


_none = object()


def reduce(function, iterable, initial=_none):
    it = iter(iterable)
    value = initial
    if value is _none:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for x in it:
        value = function(value, x)
    return value


WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=("__dict__",)):
    for name in assigned:
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=("__dict__",)):
    return lambda wrapper: update_wrapper(wrapper, wrapped, assigned, updated)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return lru_cache()(maxsize)

    def decorate(f):
        cache = {}
        stats = [0, 0]

        def wrapper(*args, **kwargs):
            key = args
            if kwargs:
                key += (_none,) + tuple(sorted(kwargs.items()))
            if typed:
                key += tuple(type(a) for a in args)
            if key in cache:
                stats[0] += 1
                value = cache.pop(key)
                cache[key] = value
                return value
            stats[1] += 1
            value = f(*args, **kwargs)
            cache[key] = value
            if maxsize is not None and len(cache) > max(maxsize, 0):
                del cache[next(iter(cache))]
            return value

        def cache_info():
            return (stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, f)

    return decorate


def cache(f):
    return lru_cache(maxsize=None)(f)


def total_ordering(cls):
    have = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
            if getattr(cls, op, None) is not getattr(object, op, None)]
    if not have:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = have[0]
    derived = {
        "__lt__": {"__gt__": lambda s, o: not (s < o or s == o),
                   "__le__": lambda s, o: s < o or s == o,
                   "__ge__": lambda s, o: not s < o},
        "__le__": {"__ge__": lambda s, o: not s <= o or s == o,
                   "__lt__": lambda s, o: s <= o and not s == o,
                   "__gt__": lambda s, o: not s <= o},
        "__gt__": {"__lt__": lambda s, o: not (s > o or s == o),
                   "__ge__": lambda s, o: s > o or s == o,
                   "__le__": lambda s, o: not s > o},
        "__ge__": {"__le__": lambda s, o: not s >= o or s == o,
                   "__gt__": lambda s, o: s >= o and not s == o,
                   "__lt__": lambda s, o: not s >= o},
    }[root]
    for name, f in derived.items():
        if name not in have:
            setattr(cls, name, f)
    return cls
