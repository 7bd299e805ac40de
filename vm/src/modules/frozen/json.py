# json: dumps/dump and loads/load, written in Python and frozen into upy. Output and errors
# follow CPython 3.11's json module (ensure_ascii, indent, separators, sort_keys, allow_nan,
# default; JSONDecodeError with line and column).


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}


def _quote(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float(x, allow_nan):
    if x != x or x in (float("inf"), float("-inf")):
        if not allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return "NaN" if x != x else ("Infinity" if x > 0 else "-Infinity")
    return repr(x)


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                 default, sort_keys):
        if isinstance(indent, int):
            indent = " " * indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check = check_circular
        self.allow_nan = allow_nan
        self.indent = indent
        self.item_sep, self.key_sep = separators
        self.default = default
        self.sort_keys = sort_keys
        self.active = set()

    def key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return _float(k, self.allow_nan)
        if isinstance(k, int):
            return int.__repr__(k)
        return None

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.container(o, level, out, "[", "]", self.items_of_list)
        elif isinstance(o, dict):
            self.container(o, level, out, "{", "}", self.items_of_dict)
        else:
            if self.default is None:
                raise TypeError("Object of type %s is not JSON serializable"
                                % type(o).__name__)
            self.guard(o, lambda: self.encode(self.default(o), level, out))

    def guard(self, o, f):
        if not self.check:
            return f()
        if id(o) in self.active:
            raise ValueError("Circular reference detected")
        self.active.add(id(o))
        try:
            f()
        finally:
            self.active.discard(id(o))

    def items_of_list(self, o, level, out):
        first = True
        for x in o:
            yield first
            first = False
            self.encode(x, level, out)

    def items_of_dict(self, o, level, out):
        items = o.items()
        if self.sort_keys:
            items = sorted(items)
        first = True
        for k, v in items:
            key = self.key(k)
            if key is None:
                if self.skipkeys:
                    continue
                raise TypeError("keys must be str, int, float, bool or None, not %s"
                                % type(k).__name__)
            yield first
            first = False
            out.append(_quote(key, self.ensure_ascii))
            out.append(self.key_sep)
            self.encode(v, level, out)

    def container(self, o, level, out, open_, close, items):
        self.guard(o, lambda: self.write_container(o, level, out, open_, close, items))

    def write_container(self, o, level, out, open_, close, items):
        out.append(open_)
        nl = None if self.indent is None else "\n" + self.indent * (level + 1)
        n = 0
        for first in items(o, level + 1, out):
            # The generator yields just before it writes an item: the separator goes first.
            sep = "" if first else self.item_sep
            if nl is not None:
                sep += nl
            out.append(sep)
            n += 1
        if n and nl is not None:
            out.append("\n" + self.indent * level)
        out.append(close)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    out = []
    _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
             sort_keys).encode(obj, 0, out)
    return "".join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
             "t": "\t"}
_NUMBER_START = "-0123456789"


class _Decoder:
    def __init__(self, s, object_hook, object_pairs_hook, parse_float, parse_int,
                 parse_constant, strict):
        self.s = s
        self.object_hook = object_hook
        self.pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.s, pos)

    def skip(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            self.fail("Expecting value", i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        for word in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(word, i):
                if self.parse_constant is not None:
                    return self.parse_constant(word), i + len(word)
                return float(word.replace("Infinity", "inf")), i + len(word)
        if c in _NUMBER_START:
            return self.number(i)
        for word, v in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                return v, i + len(word)
        self.fail("Expecting value", i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if s[j] == "-":
            j += 1
        if j >= n or not s[j].isdigit():
            self.fail("Expecting value", i)
        if s[j] == "0":
            j += 1
        else:
            while j < n and s[j].isdigit():
                j += 1
        is_float = False
        if j + 1 < n and s[j] == "." and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < n and s[j].isdigit():
                j += 1
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and s[k].isdigit():
                is_float = True
                j = k
                while j < n and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def string(self, i):
        s = self.s
        n = len(s)
        start = i - 1
        out = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and (s[j] >= " " or not self.strict):
                j += 1
            out.append(s[i:j])
            if j >= n:
                self.fail("Unterminated string starting at", start)
            c = s[j]
            if c == '"':
                return "".join(out), j + 1
            if c != "\\":
                self.fail("Invalid control character at", j)
            if j + 1 >= n:
                self.fail("Unterminated string starting at", start)
            e = s[j + 1]
            if e == "u":
                code = self.hex4(j + 2)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                    low = self.hex4(i + 2)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                out.append(chr(code))
            elif e in _UNESCAPE:
                out.append(_UNESCAPE[e])
                i = j + 2
            else:
                self.fail("Invalid \\escape", j)

    def hex4(self, i):
        h = self.s[i:i + 4]
        if len(h) == 4 and all(c in "0123456789abcdefABCDEF" for c in h):
            return int(h, 16)
        self.fail("Invalid \\uXXXX escape", i - 1)

    def array(self, i):
        s = self.s
        items = []
        i = self.skip(i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        while True:
            v, i = self.value(self.skip(i))
            items.append(v)
            i = self.skip(i)
            if i < len(s) and s[i] == "]":
                return items, i + 1
            if i >= len(s) or s[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            i += 1

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < len(s) and s[i] == "}":
            return self.finish(pairs), i + 1
        while True:
            i = self.skip(i)
            if i >= len(s) or s[i] != '"':
                self.fail("Expecting property name enclosed in double quotes", i)
            k, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ":":
                self.fail("Expecting ':' delimiter", i)
            v, i = self.value(self.skip(i + 1))
            pairs.append((k, v))
            i = self.skip(i)
            if i < len(s) and s[i] == "}":
                return self.finish(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            i += 1

    def finish(self, pairs):
        if self.pairs_hook is not None:
            return self.pairs_hook(pairs)
        d = dict(pairs)
        return d if self.object_hook is None else self.object_hook(d)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, strict=True, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode()
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s"
                        % type(s).__name__)
    d = _Decoder(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
                 strict)
    v, end = d.value(d.skip(0))
    end = d.skip(end)
    if end != len(s):
        d.fail("Extra data", end)
    return v


def load(fp, **kw):
    return loads(fp.read(), **kw)
