class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit clean", exc, tb is None)
        else:
            print("exit with", exc_type.__name__, exc, exc.args, isinstance(exc, exc_type), tb is not None)
        return exc_type is KeyError

with Inspect():
    print("fine")
with Inspect():
    raise KeyError("swallow me")
try:
    with Inspect():
        raise ValueError("propagate", 2)
except ValueError as e:
    print("outer got", e.args)

class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise RuntimeError("replaced") from v
try:
    with Reraise():
        1 / 0
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__)

class Counter:
    def __init__(self):
        self.entered = self.exited = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, *a):
        self.exited += 1
c = Counter()
for i in range(3):
    with c:
        if i == 1:
            continue
with c:
    pass
print(c.entered, c.exited)
def gen_with():
    with Inspect():
        yield 1
        yield 2
for v in gen_with():
    print("gen value", v)
