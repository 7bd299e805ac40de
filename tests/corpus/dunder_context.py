class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with Ctx("a") as v:
    print("body", v)

with Ctx("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)

def f():
    with Ctx("ret"):
        return "returned"
print(f())

for n in range(3):
    with Ctx("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)

class Transaction:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return False
log = []
with Transaction(log):
    log.append("work1")
try:
    with Transaction(log):
        log.append("work2")
        1 / 0
except ZeroDivisionError:
    log.append("handled")
print(log)

with Ctx("nested1", True):
    with Ctx("nested2"):
        raise RuntimeError("deep")
print("done")
