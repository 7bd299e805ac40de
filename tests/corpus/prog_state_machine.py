class Vending:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []
    def event(self, ev, arg=None):
        handler = getattr(self, "on_%s_%s" % (self.state, ev), None)
        if handler is None:
            self.log.append("ignored %s in %s" % (ev, self.state))
            return
        new = handler(arg)
        self.log.append("%s --%s--> %s" % (self.state, ev, new))
        self.state = new
    def on_idle_coin(self, amount):
        self.credit += amount
        return "paying"
    def on_paying_coin(self, amount):
        self.credit += amount
        return "paying"
    def on_paying_select(self, item):
        price = self.PRICES.get(item)
        if price is None:
            self.log.append("unknown item " + str(item))
            return "paying"
        if self.credit < price:
            self.log.append("need %d more" % (price - self.credit))
            return "paying"
        self.credit -= price
        self.log.append("vend " + item)
        return "vending" if self.credit == 0 else "change"
    def on_change_take(self, _):
        self.log.append("returned %d" % self.credit)
        self.credit = 0
        return "idle"
    def on_vending_take(self, _):
        return "idle"
    def on_paying_cancel(self, _):
        return self.on_change_take(None)

m = Vending()
for ev in [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 100), ("select", "tea"),
           ("select", "cola"), ("take",), ("coin", 50), ("select", "gum"), ("take",), ("coin", 25), ("cancel",)]:
    m.event(*ev)
for line in m.log:
    print(line)
print(m.state, m.credit)
