def pretty(obj, indent=0, step=2):
    pad = " " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        lines = ["{"]
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            lines.append(pad + " " * step + quote(k) + ": " + pretty(v, indent + step, step) + comma)
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(not isinstance(x, (dict, list, tuple)) for x in obj):
            return "[" + ", ".join(pretty(x) for x in obj) + "]"
        lines = ["["]
        for i, v in enumerate(obj):
            comma = "," if i < len(obj) - 1 else ""
            lines.append(pad + " " * step + pretty(v, indent + step, step) + comma)
        lines.append(pad + "]")
        return "\n".join(lines)
    if isinstance(obj, str):
        return quote(obj)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    return repr(obj)

def quote(s):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif ord(c) < 32:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)

doc = {
    "name": "upy",
    "version": [0, 1, 0],
    "tags": [],
    "meta": {"stable": False, "score": 9.5, "owner": None, "quote": 'say "hi"\n'},
    "deps": [{"name": "vm", "opt": True}, {"name": "asm", "features": ["x", "y"]}],
    "empty": {},
    "ctl": "\x01tab\t",
}
print(pretty(doc))
print(pretty([1, [2, [3, []]], {"k": (4, 5)}], step=4))
print(pretty("plain"), pretty(42), pretty(-0.5), pretty(True))
