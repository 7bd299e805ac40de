def make_handlers():
    handlers = []
    log = []
    for name in ["click", "hover", "key"]:
        def handler(event, name=name):
            log.append(name + ":" + event)
        handlers.append(handler)
    return handlers, log
hs, log = make_handlers()
for h, e in zip(hs, ["a", "b", "c"]):
    h(e)
print(log)
def running_stats():
    n = 0
    mean = 0.0
    def add(x):
        nonlocal n, mean
        n += 1
        mean += (x - mean) / n
        return n, round(mean, 4)
    return add
add = running_stats()
print([add(x) for x in [2, 4, 4, 4, 5, 5, 7, 9]])
def gen_ids(prefix):
    i = 0
    def nxt():
        nonlocal i
        i += 1
        return "%s-%03d" % (prefix, i)
    return nxt
a, b = gen_ids("A"), gen_ids("B")
print(a(), a(), b(), a(), b())
def toggles():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
f = toggles()
print([f() for _ in range(5)])
def nested_loops():
    results = []
    for i in range(3):
        def outer_fn():
            j = i * 10
            def inner_fn():
                return i + j
            return inner_fn
        results.append(outer_fn())
    return [r() for r in results]
print(nested_loops())
