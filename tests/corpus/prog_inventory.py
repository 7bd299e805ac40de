class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return "Item(%r, %r, %d x %d)" % (self.sku, self.name, self.qty, self.price)

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            raise KeyError("duplicate sku " + item.sku)
        self.items[item.sku] = item
    def restock(self, sku, n):
        self.items[sku].qty += n
        self.log.append(("in", sku, n))
    def sell(self, sku, n):
        it = self.items[sku]
        if it.qty < n:
            raise ValueError("only %d %s left" % (it.qty, it.name))
        it.qty -= n
        self.log.append(("out", sku, n))
        return it.price * n
    def report(self):
        for it in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            print("%-6s %-10s %4d %6d" % (it.sku, it.name, it.qty, it.value))
        print("total", sum(i.value for i in self.items.values()))

inv = Inventory()
for args in [("A1", "widget", 250, 10), ("B2", "gadget", 1299), ("C3", "doohickey", 75, 100)]:
    inv.add(Item(*args))
try:
    inv.add(Item("A1", "dup", 1))
except KeyError as e:
    print("KeyError:", e)
inv.restock("B2", 5)
revenue = 0
for sku, n in [("A1", 3), ("B2", 2), ("C3", 150), ("C3", 40), ("Z9", 1)]:
    try:
        revenue += inv.sell(sku, n)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("unknown sku", e)
print("revenue", revenue)
inv.report()
print(inv.log)
print(inv.items["A1"])
