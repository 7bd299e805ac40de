def task(name, n):
    for i in range(n):
        msg = yield "%s step %d" % (name, i)
        if msg:
            print("  %s received %r" % (name, msg))
    return name + " done"

class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        tick = 0
        while self.ready:
            name, gen, val = self.ready.pop(0)
            try:
                out = gen.send(val)
                print(tick, out)
                reply = "ping" if tick % 4 == 0 else None
                self.ready.append((name, gen, reply))
            except StopIteration as e:
                self.results[name] = e.value
                print(tick, "finished", name, "->", e.value)
            tick += 1
        return self.results

s = Scheduler()
s.spawn("A", task("A", 3))
s.spawn("B", task("B", 1))
s.spawn("C", task("C", 4))
print(s.run())

def producer(items, consumer):
    next(consumer)
    for it in items:
        consumer.send(it)
    consumer.close()
def consumer_fn(log):
    total = 0
    try:
        while True:
            x = yield
            total += x
            log.append(total)
    finally:
        log.append("closed with %d" % total)
log = []
producer([5, 10, 20], consumer_fn(log))
print(log)
