class Parser:
    def __init__(self, s):
        self.s, self.i = s, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def peek(self):
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ""
    def expect(self, c):
        if self.peek() != c:
            raise ValueError("expected %r at %d" % (c, self.i))
        self.i += 1
    def value(self):
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out
    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("]")
            return out
    def string(self):
        self.expect('"')
        out = []
        while self.s[self.i] != '"':
            c = self.s[self.i]
            if c == "\\":
                self.i += 1
                e = self.s[self.i]
                if e == "u":
                    out.append(chr(int(self.s[self.i + 1:self.i + 5], 16)))
                    self.i += 4
                else:
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[e])
            else:
                out.append(c)
            self.i += 1
        self.i += 1
        return "".join(out)
    def number(self):
        self.ws()
        j = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[j:self.i]
        if not text:
            raise ValueError("unexpected %r at %d" % (self.s[j:j + 1], j))
        return float(text) if any(c in text for c in ".eE") else int(text)

def parse(s):
    p = Parser(s)
    v = p.value()
    if p.peek():
        raise ValueError("trailing data at %d" % p.i)
    return v

doc = '{"name": "upy", "ver": [0, 1, 2.5e1], "ok": true, "none": null, "nested": {"a": [], "b": {}}, "esc": "q\\"uote\\n\\u00e9", "neg": -17}'
v = parse(doc)
print(v)
print(v["ver"][2], v["esc"], type(v["neg"]).__name__, list(v))
for bad in ['{"a" 1}', "[1, 2", "tru", '{"a": 1} x', "[1,]"]:
    try:
        print(parse(bad))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(parse("  [ 1 , [ 2 , [ 3 ] ] ]  "), parse('"just a string"'), parse("3.5"), parse("-0"))
