# Class-heavy simulation: an account hierarchy with properties, class methods, custom
# exceptions, __repr__/__eq__/__hash__, and a ledger replaying transfers.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 400000


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %d" % (account.number, amount))
        self.account = account
        self.amount = amount


class Account:
    _next = 1000
    fee = 0

    def __init__(self, owner, balance=0):
        self.number = "AC%d" % Account._next
        Account._next += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @classmethod
    def open(cls, owner, deposit):
        return cls(owner, deposit)

    @property
    def balance(self):
        return self._balance

    def limit(self):
        return 0

    def withdraw(self, amount):
        total = amount + self.fee
        if self._balance - total < -self.limit():
            raise InsufficientFunds(self, amount)
        self._balance -= total
        self.history.append(-total)

    def deposit(self, amount):
        self._balance += amount
        self.history.append(amount)

    def __repr__(self):
        return "%s(%s, %s, %d)" % (type(self).__name__, self.number, self.owner, self._balance)

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)


class Checking(Account):
    fee = 1

    def limit(self):
        return 500


class Savings(Account):
    rate_bp = 25

    def add_interest(self):
        if self._balance > 0:
            self.deposit(self._balance * self.rate_bp // 10000)


class Bank:
    def __init__(self):
        self.accounts = []
        self.failed = 0
        self.moved = 0

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            self.failed += 1
            return e.amount
        dst.deposit(amount)
        self.moved += amount
        return 0


bank = Bank()
kinds = (Account, Checking, Savings)
for i in range(60):
    bank.accounts.append(kinds[i % 3].open("owner%02d" % (i % 40), 1000 + 37 * i))
s = 5
for step in range(N):
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF
    a = bank.accounts[s % 60]
    b = bank.accounts[(s >> 8) % 60]
    if a == b:
        continue
    bank.transfer(a, b, 1 + (s >> 16) % 400)
    if step % 1000 == 0:
        for acc in bank.accounts:
            if isinstance(acc, Savings):
                acc.add_interest()

print("moved", bank.moved, "failed", bank.failed)
print("total", sum(a.balance for a in bank.accounts))
richest = max(bank.accounts, key=lambda a: a.balance)
print("richest", richest)
print("overdrawn", sorted(a.number for a in bank.accounts if a.balance < 0)[:5])
owners = {}
for a in bank.accounts:
    owners[a.owner] = owners.get(a.owner, 0) + a.balance
print("owners", len(owners), max(owners.items(), key=lambda kv: kv[1]))
print("history", sum(len(a.history) for a in bank.accounts), len(set(bank.accounts)))
print("by kind", [(k.__name__, sum(a.balance for a in bank.accounts if type(a) is k)) for k in kinds])
