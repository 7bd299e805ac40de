# compile() to code objects that exec() and eval() run, source given as str or bytes, and the
# errors of bad source, modes and arguments.
c = compile("x * 2 + 1", "<expr>", "eval")
print(type(c).__name__, eval(c, {"x": 20}), eval(c, {"x": 1}))
s = compile("y = 5\nz = y * y\n", "<stmts>", "exec")
ns = {}
print(exec(s, ns), ns["z"], eval(s, {}))
print(eval(b"1 + 2"), eval("[i * i for i in range(4)]"))
exec(b"w = 'bytes source'", ns)
print(ns["w"])
f = compile("def g(a):\n    return a + 1\n", "mod", "exec")
exec(f, ns)
print(ns["g"](41))
for bad in (lambda: compile("1 +", "bad.py", "eval"), lambda: compile("x", "f", "nope"), lambda: eval(42)):
    try:
        bad()
    except (SyntaxError, ValueError, TypeError) as e:
        print(type(e).__name__, e.args[0] if not isinstance(e, SyntaxError) else e.filename)
