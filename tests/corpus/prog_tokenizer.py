KEYWORDS = {"let", "if", "else", "while", "print"}

def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            toks.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(("KW" if word in KEYWORDS else "ID", word))
            i = j
        elif c == '"':
            j = src.index('"', i + 1)
            toks.append(("STR", src[i + 1:j]))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            toks.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/=<>(){};":
            toks.append(("OP", c))
            i += 1
        else:
            raise SyntaxError("bad char %r at %d" % (c, i))
    return toks

src = 'let x = 10; while (x >= 3.5) { print "x is" x; x = x - 2 }'
for t in tokenize(src):
    print(t)
try:
    tokenize("a = $")
except SyntaxError as e:
    print("SyntaxError:", e)

def evaluate(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else (None, None)
    def take():
        t = tokens[pos[0]]
        pos[0] += 1
        return t
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            r = term()
            v = v + r if op == "+" else v - r
        return v
    def term():
        v = factor()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            r = factor()
            v = v * r if op == "*" else v / r
        return v
    def factor():
        kind, val = take()
        if kind == "NUM":
            return val
        if val == "(":
            v = expr()
            take()
            return v
        if val == "-":
            return -factor()
        raise ValueError("unexpected " + repr(val))
    return expr()

for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * -2", "2 * (3 + (4 - 1)) / 3"]:
    print(e, "=", evaluate(tokenize(e)))
