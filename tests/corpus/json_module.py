# json (a frozen Python module): dumps with ensure_ascii, indent, separators, sort_keys,
# allow_nan, skipkeys and default; loads with hooks, constants, escapes and surrogate pairs;
# JSONDecodeError positions; circular references; dump to a file-like object.
import json
data = {"name": "upy", "ok": True, "none": None, "n": [1, -2, 3.5, 1e100, 10**20], "nested": {"a": [], "b": {}},
        "esc": "q\"b\\n\n\t\x01é€😀", 3: "int key", 1.5: "float key", None: "none key", False: "f"}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps([1, [2, [3, {}]], []], indent="\t"), json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps((1, 2)), json.dumps("x"), json.dumps(float("inf")), json.dumps(-0.0), json.dumps(0.1))
back = json.loads(s)
print(back, back == json.loads(json.dumps(back)))
print(json.loads('  {"a" : [1, 2.0, -3e2, 0.5E+1, true, false, null, "\\u00e9\\ud83d\\ude00\\n"]}  '))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'"bytes"'), json.loads('0'), json.loads('-0'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5]', parse_float=str), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
for bad in ('', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '{1: 2}', 'nul', '[1] x', '"\\x"', '"a\nb"', '01'):
    try:
        json.loads(bad)
        print("parsed", repr(bad))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, isinstance(e, ValueError), e.pos, e.lineno, e.colno)
for bad in ({"k": object()}, {(1, 2): 3}, float("nan")):
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({"k": 1j}, default=lambda o: [o.real, o.imag]), json.dumps({(1,): 2}, skipkeys=True))
class W:
    def __init__(self): self.s = ""
    def write(self, x): self.s += x
w = W(); json.dump([1, "a"], w); print(w.s)
