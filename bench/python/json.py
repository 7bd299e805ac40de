# A JSON encoder and recursive-descent decoder written in Python, round-tripping generated
# documents (bench: string scanning, dicts, lists, recursion, str building).
import sys

N = {"small": 30, "medium": 3000, "large": 20000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def encode_str(s, out):
    out.append('"')
    start = 0
    for i, ch in enumerate(s):
        e = ESCAPES.get(ch)
        if e is not None:
            out.append(s[start:i])
            out.append(e)
            start = i + 1
    out.append(s[start:])
    out.append('"')


def encode(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, str):
        encode_str(v, out)
    elif isinstance(v, (int, float)):
        out.append(repr(v))
    elif isinstance(v, list):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(",")
            encode(x, out)
        out.append("]")
    elif isinstance(v, dict):
        out.append("{")
        first = True
        for k, x in v.items():
            if not first:
                out.append(",")
            first = False
            encode_str(k, out)
            out.append(":")
            encode(x, out)
        out.append("}")
    else:
        raise TypeError("cannot encode")


def dumps(v):
    out = []
    encode(v, out)
    return "".join(out)


UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "/": "/"}
WS = " \t\n\r"


class Decoder:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def skip(self):
        s = self.s
        i = self.i
        while i < len(s) and s[i] in WS:
            i += 1
        self.i = i

    def value(self):
        self.skip()
        ch = self.s[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.s.startswith("null", self.i):
            self.i += 4
            return None
        if self.s.startswith("true", self.i):
            self.i += 4
            return True
        if self.s.startswith("false", self.i):
            self.i += 5
            return False
        return self.number()

    def number(self):
        s = self.s
        start = self.i
        i = start
        is_float = False
        while i < len(s) and s[i] in "+-0123456789.eE":
            if s[i] in ".eE":
                is_float = True
            i += 1
        self.i = i
        text = s[start:i]
        return float(text) if is_float else int(text)

    def string(self):
        s = self.s
        i = self.i + 1
        parts = []
        start = i
        while True:
            ch = s[i]
            if ch == '"':
                break
            if ch == "\\":
                parts.append(s[start:i])
                parts.append(UNESCAPES[s[i + 1]])
                i += 2
                start = i
            else:
                i += 1
        parts.append(s[start:i])
        self.i = i + 1
        return "".join(parts)

    def arr(self):
        self.i += 1
        out = []
        self.skip()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.skip()
            ch = self.s[self.i]
            self.i += 1
            if ch == "]":
                return out
            if ch != ",":
                raise ValueError("expected , or ] at %d" % self.i)

    def obj(self):
        self.i += 1
        out = {}
        self.skip()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.skip()
            k = self.string()
            self.skip()
            if self.s[self.i] != ":":
                raise ValueError("expected : at %d" % self.i)
            self.i += 1
            out[k] = self.value()
            self.skip()
            ch = self.s[self.i]
            self.i += 1
            if ch == "}":
                return out
            if ch != ",":
                raise ValueError("expected , or } at %d" % self.i)


def loads(s):
    return Decoder(s).value()


def make_doc(i):
    return {
        "id": i,
        "name": "item \"%d\"\n" % i,
        "price": (i * 37 % 1000) / 8,
        "tags": ["t%d" % (i % 7), "t%d" % (i % 11), None, i % 2 == 0],
        "dims": {"w": i % 13, "h": -(i % 17), "ratio": i / 3},
        "empty": [],
    }


def run(n):
    docs = [make_doc(i) for i in range(n)]
    text = dumps({"docs": docs, "count": n})
    back = loads(text)
    assert back["count"] == n and back["docs"] == docs
    again = dumps(back)
    h = 0
    for ch in again:
        h = (h * 131 + ord(ch)) & 0xFFFFFF
    return len(text), again == text, h


print("json", N, run(N))
