# collections: deque, namedtuple, OrderedDict and defaultdict, written in Python and frozen
# into upy (compiled when first imported). Behaviour follows CPython 3.11's.


class deque:
    """A double-ended queue: the left part is kept reversed in one list, the right part in
    another, so that both ends grow and shrink in amortised constant time."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._left = []
        self._right = []
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left or self._right)

    def _balance(self, into_left):
        # When one side runs out, half of the items move over to it (at least one).
        items = list(self)
        half = (len(items) + 1) // 2 if into_left else len(items) // 2
        self._left = items[:half][::-1]
        self._right = items[half:]

    def append(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and len(self) == self._maxlen:
            self.popleft()
        self._right.append(x)

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and len(self) == self._maxlen:
            self.pop()
        self._left.append(x)

    def pop(self):
        if not self._right:
            if not self._left:
                raise IndexError("pop from an empty deque")
            self._balance(False)
        return self._right.pop()

    def popleft(self):
        if not self._left:
            if not self._right:
                raise IndexError("pop from an empty deque")
            self._balance(True)
        return self._left.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._left = []
        self._right = []

    def copy(self):
        return deque(self, self._maxlen)

    def count(self, x):
        return sum(1 for y in self if y == x)

    def index(self, x, start=0, stop=None):
        items = list(self)
        n = len(items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if items[i] == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def remove(self, x):
        items = list(self)
        for i, y in enumerate(items):
            if y == x:
                del items[i]
                self._left, self._right = [], items
                return
        raise ValueError("deque.remove(x): x not in deque")

    def reverse(self):
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        size = len(self)
        if size:
            n %= size
            items = list(self)
            self._left, self._right = [], items[size - n:] + items[:size - n]

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        i = self._index(i)
        k = len(self._left)
        return self._left[k - 1 - i] if i < k else self._right[i - k]

    def __setitem__(self, i, x):
        i = self._index(i)
        k = len(self._left)
        if i < k:
            self._left[k - 1 - i] = x
        else:
            self._right[i - k] = x

    def __delitem__(self, i):
        i = self._index(i)
        items = list(self)
        del items[i]
        self._left, self._right = [], items

    def __iter__(self):
        for i in range(len(self._left) - 1, -1, -1):
            yield self._left[i]
        for x in self._right:
            yield x

    def __reversed__(self):
        for i in range(len(self._right) - 1, -1, -1):
            yield self._right[i]
        for x in self._left:
            yield x

    def __contains__(self, x):
        return x in self._left or x in self._right

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = deque(self, self._maxlen)
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (list(self),)
        return "deque(%r, maxlen=%d)" % (list(self), self._maxlen)

    __hash__ = None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = [str(f) for f in field_names]
    seen = set()
    for i, name in enumerate(fields):
        bad = (not name.isidentifier() or name.startswith("_") or name in seen
               or name in ("def", "class", "return", "if", "else", "for", "while", "import",
                           "from", "as", "in", "is", "not", "and", "or", "None", "True",
                           "False", "lambda", "with", "try", "except", "finally", "raise",
                           "pass", "break", "continue", "global", "nonlocal", "del",
                           "yield", "assert", "elif", "async", "await"))
        if bad and rename:
            fields[i] = name = "_%d" % i
        elif bad:
            if not name.isidentifier():
                raise ValueError("Type names and field names must be valid identifiers: %r" % name)
            if name.startswith("_"):
                raise ValueError("Field names cannot start with an underscore: %r" % name)
            if name in seen:
                raise ValueError("Encountered duplicate field name: %r" % name)
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
        seen.add(name)
    fields = tuple(fields)
    nfields = len(fields)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > nfields:
        raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                            % (typename, nfields + 1, len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                raise TypeError("%s.__new__() missing 1 required positional argument: '%s'"
                                % (typename, name))
        for name in kwargs:
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (typename, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                            % (typename, name))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (n, v) for n, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(n, v) for n, v in zip(fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return type(self)(*values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(values)))
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "__slots__": (),
        "__getnewargs__": __getnewargs__,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": classmethod(_make),
    }
    for i, name in enumerate(fields):
        ns[name] = property(lambda self, i=i: self[i])
    return type(typename, (tuple,), ns)


class OrderedDict(dict):
    """A dict that remembers insertion order (as every upy dict does), with CPython's
    order-aware extras."""

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self))) if last else next(iter(self))
        return key, self.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%r)" % (type(self).__name__, list(self.items()))


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self[key] = self.default_factory()
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    def __repr__(self):
        return "defaultdict(%r, %s)" % (self.default_factory, dict.__repr__(self))
