class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available))
        self.needed = needed

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(amount, self.available())
        self.balance -= amount
        self.history.append(("wd", amount))
    def available(self):
        return self.balance
    def month_end(self):
        pass
    def __repr__(self):
        return "%s#%d(%s, %d)" % (type(self).__name__, self.id, self.owner, self.balance)

class Savings(Account):
    rate = 2
    def month_end(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest) if interest > 0 else None

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= 15
            self.history.append(("fee", 15))

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
a = bank.open(Savings, "ann", 1000)
b = bank.open(Checking, "bob", 50, overdraft=200)
c = bank.open(Account, "cy")
print(a, b, c)
print(bank.transfer(1, 2, 300))
print(bank.transfer(2, 3, 500))
print(bank.transfer(2, 3, 100))
print(bank.transfer(3, 1, 1))
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(3):
    for acct in bank.accounts.values():
        acct.month_end()
    print("month", month, [repr(x) for x in bank.accounts.values()], bank.total())
for acct in bank.accounts.values():
    print(acct.owner, acct.history)
print(sorted(bank.accounts.values(), key=lambda x: x.balance))
print([type(x).__name__ for x in bank.accounts.values()], isinstance(a, Account))
