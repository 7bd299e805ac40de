log = []
def resource(name):
    log.append("open " + name)
    try:
        for i in range(3):
            yield name + str(i)
    finally:
        log.append("close " + name)

for v in resource("a"):
    log.append(v)
g = resource("b")
log.append(next(g))
g.close()
g = resource("c")
for v in g:
    if v == "c1":
        break
g.close()
for line in log:
    print(line)

def counting():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("exit at", n)
c = counting()
print(next(c), next(c), next(c))
c.close()
print(list(c))

def catch_all():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("ignored ValueError at", i)
ca = catch_all()
print(next(ca))
print(ca.throw(ValueError))
print(ca.throw(ValueError))
try:
    ca.throw(ValueError)
except StopIteration:
    print("StopIteration after last throw")

def return_in_finally():
    try:
        yield 1
    finally:
        print("finally runs when exhausted")
print(list(return_in_finally()))
def gen_exc():
    yield 1
    raise KeyError("from gen")
try:
    for x in gen_exc():
        print("got", x)
except KeyError as e:
    print("KeyError:", e)
