# re: regular expressions by backtracking, written in Python and frozen into upy. It covers
# what MicroPython's re does and more: literals and escapes, ., classes, anchors (^ $ \A \Z
# \b \B), greedy and lazy repetition (* + ? {m,n}), alternation, capturing, non-capturing
# and named groups, backreferences, the I, M, S flags; match, search, fullmatch, findall,
# finditer, sub, subn, split and escape. Results follow CPython's. A repeated single
# character backtracks in a loop; a repeated group recurses once per iteration, so thousands
# of iterations of a group raise RuntimeError (maximum recursion depth), as MicroPython's re
# runs out of C stack.

I = IGNORECASE = 2
M = MULTILINE = 8
S = DOTALL = 16


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        Exception.__init__(self, msg if pos is None else "%s at position %d" % (msg, pos))
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


_DIGIT = "0123456789"
_SPACE = " \t\n\r\f\v"
_MAXREPEAT = 1 << 30


def _is_word(c):
    return c.isalnum() or c == "_"


def _in_class(c, cls):
    if cls == "d":
        return c in _DIGIT
    if cls == "D":
        return c not in _DIGIT
    if cls == "w":
        return _is_word(c)
    if cls == "W":
        return not _is_word(c)
    if cls == "s":
        return c in _SPACE
    return c not in _SPACE  # "S"


class _Parser:
    """Pattern text to nodes: ("lit", c), ("any",), ("set", negated, items), ("cls", c),
    ("at", kind), ("group", index, alternatives), ("rep", node, lo, hi, greedy),
    ("ref", index); a sequence is a list of nodes, alternatives a list of sequences."""

    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.groups = 0
        self.names = {}

    def fail(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def alternatives(self):
        alts = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self):
        seq = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            start = self.i
            node = self.atom()
            node = self.repeat(node, start)
            seq.append(node)
        return seq

    def repeat(self, node, start):
        c = self.peek()
        if c is None:
            return node
        if c in "*+?":
            lo, hi = {"*": (0, _MAXREPEAT), "+": (1, _MAXREPEAT), "?": (0, 1)}[c]
            self.i += 1
        elif c == "{":
            j = self.p.find("}", self.i)
            body = self.p[self.i + 1:j] if j > 0 else ""
            parts = body.split(",")
            if j < 0 or len(parts) > 2 or not all(x.strip() == "" or x.strip().isdigit() for x in parts) \
                    or parts[0].strip() == "" and len(parts) == 1:
                return node
            lo = int(parts[0]) if parts[0].strip() else 0
            hi = lo if len(parts) == 1 else (int(parts[1]) if parts[1].strip() else _MAXREPEAT)
            if hi < lo:
                self.fail("min repeat greater than max repeat", self.i + 1)
            self.i = j + 1
        else:
            return node
        if node[0] == "at" or node[0] == "rep":
            self.fail("nothing to repeat" if node[0] == "at" else "multiple repeat", start)
        greedy = True
        if self.peek() == "?":
            greedy = False
            self.i += 1
        if self.peek() is not None and self.peek() in "*+?":
            self.fail("multiple repeat", self.i)
        return ("rep", node, lo, hi, greedy)

    def atom(self):
        p = self.p
        c = p[self.i]
        self.i += 1
        if c == ".":
            return ("any",)
        if c == "^":
            return ("at", "bol")
        if c == "$":
            return ("at", "eol")
        if c in "*+?":
            self.fail("nothing to repeat", self.i - 1)
        if c == "[":
            return self.klass()
        if c == "(":
            return self.group()
        if c == "\\":
            return self.escape(False)
        if c == "{":
            return ("lit", c)
        return ("lit", c)

    def group(self):
        start = self.i - 1
        index = None
        if self.p.startswith("?:", self.i):
            self.i += 2
        elif self.p.startswith("?P<", self.i):
            j = self.p.find(">", self.i)
            name = self.p[self.i + 3:j]
            if j < 0 or not name.isidentifier():
                self.fail("bad character in group name %r" % name, self.i + 3)
            self.i = j + 1
            self.groups += 1
            index = self.groups
            self.names[name] = index
        elif self.p.startswith("?P=", self.i):
            j = self.p.find(")", self.i)
            name = self.p[self.i + 3:j]
            if name not in self.names:
                self.fail("unknown group name %r" % name, self.i + 3)
            self.i = j + 1
            return ("ref", self.names[name])
        elif self.peek() == "?":
            self.fail("unknown extension ?" + self.p[self.i + 1:self.i + 2], self.i)
        else:
            self.groups += 1
            index = self.groups
        alts = self.alternatives()
        if self.peek() != ")":
            self.fail("missing ), unterminated subpattern", start)
        self.i += 1
        return ("group", index, alts)

    def escape(self, in_class):
        p = self.p
        if self.i >= len(p):
            self.fail("bad escape (end of pattern)", self.i - 1)
        c = p[self.i]
        self.i += 1
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "0": "\0"}
        if c in simple:
            return ("lit", simple[c])
        if c in "dDwWsS":
            return ("cls", c)
        if c == "x":
            h = p[self.i:self.i + 2]
            if len(h) < 2 or any(x not in "0123456789abcdefABCDEF" for x in h):
                self.fail("incomplete escape \\x" + h, self.i - 2)
            self.i += 2
            return ("lit", chr(int(h, 16)))
        if not in_class:
            if c in "AZbB":
                return ("at", c)
            if c in "123456789":
                n = int(c)
                if n > self.groups:
                    self.fail("invalid group reference %d" % n, self.i - 1)
                return ("ref", n)
        if c.isalnum():
            self.fail("bad escape \\" + c, self.i - 2)
        return ("lit", c)

    def klass(self):
        p = self.p
        start = self.i - 1
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                self.fail("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                return ("set", negated, items)
            first = False
            self.i += 1
            if c == "\\":
                node = self.escape(True)
                if node[0] == "cls":
                    items.append(node[1])
                    continue
                c = node[1]
            if self.peek() == "-" and self.i + 1 < len(p) and p[self.i + 1] != "]":
                self.i += 1
                hi = p[self.i]
                self.i += 1
                if hi == "\\":
                    node = self.escape(True)
                    if node[0] == "cls":
                        self.fail("bad character range", self.i - 2)
                    hi = node[1]
                if hi < c:
                    self.fail("bad character range %s-%s" % (c, hi), self.i - 3)
                items.append((c, hi))
            else:
                items.append((c, c))


class _State:
    def __init__(self, string, flags, ngroups, endpos):
        self.s = string
        self.flags = flags
        self.marks = [None] * (ngroups + 1)
        self.end = endpos


def _char_ok(node, c, flags):
    kind = node[0]
    if kind == "lit":
        return c == node[1] or (flags & I and c.lower() == node[1].lower())
    if kind == "any":
        return c != "\n" or flags & S
    if kind == "cls":
        return _in_class(c, node[1])
    # "set"
    hit = False
    for item in node[2]:
        if isinstance(item, str):
            hit = _in_class(c, item)
        else:
            lo, hi = item
            hit = lo <= c <= hi or (flags & I and (lo <= c.lower() <= hi or lo <= c.upper() <= hi))
        if hit:
            break
    return hit != node[1]


def _at(kind, st, pos):
    s = st.s
    if kind == "bol":
        return pos == 0 or (st.flags & M and s[pos - 1] == "\n")
    if kind == "eol":
        n = st.end
        return pos == n or (pos == n - 1 and s[pos] == "\n") or (st.flags & M and s[pos] == "\n")
    if kind == "A":
        return pos == 0
    if kind == "Z":
        return pos == st.end
    before = pos > 0 and _is_word(s[pos - 1])
    after = pos < st.end and _is_word(s[pos])
    return (before != after) == (kind == "b")


def _seq(nodes, k, st, pos, cont):
    """Matches nodes[k:] at pos, then cont(pos); the end position or None."""
    while k < len(nodes):
        node = nodes[k]
        kind = node[0]
        if kind in ("lit", "any", "cls", "set"):
            if pos < st.end and _char_ok(node, st.s[pos], st.flags):
                pos += 1
                k += 1
                continue
            return None
        if kind == "at":
            if not _at(node[1], st, pos):
                return None
            k += 1
            continue
        rest = lambda p, nodes=nodes, k=k: _seq(nodes, k + 1, st, p, cont)
        if kind == "group":
            return _group(node, st, pos, rest)
        if kind == "rep":
            return _rep(node, st, pos, rest)
        # "ref"
        span = st.marks[node[1]]
        if span is None:
            return None
        text = st.s[span[0]:span[1]]
        got = st.s[pos:pos + len(text)]
        if got != text and not (st.flags & I and got.lower() == text.lower()):
            return None
        pos += len(text)
        k += 1
    return cont(pos)


def _group(node, st, pos, cont):
    index = node[1]
    for alt in node[2]:
        if index is None:
            r = _seq(alt, 0, st, pos, cont)
        else:
            saved = st.marks[index]

            def close(p, index=index, start=pos, saved=saved):
                before = st.marks[index]
                st.marks[index] = (start, p)
                r = cont(p)
                if r is None:
                    st.marks[index] = before
                return r

            r = _seq(alt, 0, st, pos, close)
            if r is None:
                st.marks[index] = saved
        if r is not None:
            return r
    return None


def _rep(node, st, pos, cont):
    _, sub, lo, hi, greedy = node
    if sub[0] in ("lit", "any", "cls", "set"):
        # One character per repetition: count how far it can go, then back off.
        n = 0
        s, flags, end = st.s, st.flags, st.end
        while n < hi and pos + n < end and _char_ok(sub, s[pos + n], flags):
            n += 1
        if n < lo:
            return None
        counts = range(n, lo - 1, -1) if greedy else range(lo, n + 1)
        for c in counts:
            r = cont(pos + c)
            if r is not None:
                return r
        return None
    return _rep_general(sub, lo, hi, greedy, st, pos, cont, 0)


def _rep_general(sub, lo, hi, greedy, st, pos, cont, count):
    def again(p):
        # An empty iteration (once the minimum is met) ends the repetition: it could only
        # repeat itself. Its captures stand, as in CPython.
        if p == pos and count + 1 >= lo:
            return cont(p)
        return _rep_general(sub, lo, hi, greedy, st, p, cont, count + 1)

    if count < lo:
        return _seq([sub], 0, st, pos, again)
    if greedy:
        if count < hi:
            r = _seq([sub], 0, st, pos, again)
            if r is not None:
                return r
        return cont(pos)
    r = cont(pos)
    if r is not None or count >= hi:
        return r
    return _seq([sub], 0, st, pos, again)


class Match:
    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError("no such group")
            return self.re.groupindex[g]
        if not isinstance(g, int) or not 0 <= g < len(self._marks):
            raise IndexError("no such group")
        return g

    def group(self, *groups):
        if not groups:
            groups = (0,)
        out = []
        for g in groups:
            span = self._marks[self._index(g)]
            out.append(None if span is None else self.string[span[0]:span[1]])
        return out[0] if len(out) == 1 else tuple(out)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if m is None else self.string[m[0]:m[1]] for m in self._marks[1:])

    def groupdict(self, default=None):
        return {name: self.group(i) if self._marks[i] is not None else default
                for name, i in self.re.groupindex.items()}

    def span(self, group=0):
        span = self._marks[self._index(group)]
        return (-1, -1) if span is None else span

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    @property
    def lastindex(self):
        best = None
        for i in range(1, len(self._marks)):
            if self._marks[i] is not None and (best is None or self._marks[i][1] >= self._marks[best][1]):
                best = i
        return best

    def expand(self, template):
        return _expand(self, template)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


class Pattern:
    def __init__(self, pattern, flags):
        p = _Parser(pattern)
        self._alts = p.alternatives()
        if p.i < len(pattern):
            p.fail("unbalanced parenthesis", p.i)
        self.pattern = pattern
        self.flags = flags
        self.groups = p.groups
        self.groupindex = dict(p.names)
        self._root = ("group", 0, self._alts)

    def _at(self, string, pos, endpos, full=False):
        st = _State(string, self.flags, self.groups, endpos)

        def done(p):
            return p if not full or p == endpos else None

        end = _group(self._root, st, pos, done)
        if end is None:
            return None
        st.marks[0] = (pos, end)
        return Match(self, string, pos, endpos, st.marks)

    def _bounds(self, string, pos, endpos):
        n = len(string)
        endpos = n if endpos is None else max(0, min(endpos, n))
        return max(0, min(pos, n)), endpos

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._at(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        return self._at(string, pos, endpos, True)

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        for start in range(pos, endpos + 1):
            m = self._at(string, start, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        last_empty_end = -1
        while pos <= endpos:
            m = self.search(string, pos, endpos)
            if m is None:
                return
            s, e = m.span()
            if s == e and s == last_empty_end:
                # An empty match right after the previous one: move on a character.
                m = self.search(string, pos + 1, endpos) if pos < endpos else None
                if m is None:
                    return
                s, e = m.span()
            yield m
            if s == e:
                last_empty_end = e
            pos = e
        return

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(m.groups(""))
        return out

    def subn(self, repl, string, count=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            out.append(repl(m) if callable(repl) else _expand(m, repl))
            last = m.end()
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def __repr__(self):
        return "re.compile(%r)" % (self.pattern,)


def _expand(m, template):
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\" or i + 1 >= n:
            if c == "\\":
                raise error("bad escape (end of pattern)", template, i)
            out.append(c)
            i += 1
            continue
        d = template[i + 1]
        if d.isdigit():
            j = i + 1
            while j < n and j < i + 3 and template[j].isdigit():
                j += 1
            g = int(template[i + 1:j])
            if g > m.re.groups:
                raise error("invalid group reference %d" % g, template, i + 1)
            out.append(m.group(g) or "")
            i = j
        elif d == "g" and i + 2 < n and template[i + 2] == "<":
            j = template.find(">", i)
            name = template[i + 3:j]
            out.append(m.group(int(name) if name.isdigit() else name) or "")
            i = j + 1
        else:
            simple = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "f": "\f", "v": "\v", "a": "\a"}
            if d in simple:
                out.append(simple[d])
            elif d.isalpha():
                raise error("bad escape \\" + d, template, i)
            else:
                out.append("\\" + d)
            i += 2
    return "".join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) > 64:
            _cache.clear()
        p = _cache[key] = Pattern(pattern, flags)
    return p


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)


def purge():
    _cache.clear()
