# Bank account with validated properties, classmethod parser and staticmethod helpers
class InsufficientFunds(Exception):
    pass


class BankAccount:
    interest_rate = 0.02
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance
        self.number = BankAccount._next_number
        BankAccount._next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"balance cannot be negative: {value}")
        self._balance = round(value, 2)

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, name):
        name = name.strip()
        if not name:
            raise ValueError("owner name required")
        self._owner = name.title()

    @classmethod
    def from_csv(cls, line):
        owner, amount = line.split(",")
        return cls(owner, float(amount))

    format_amount = staticmethod(lambda amount: f"${amount:,.2f}")

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.format_amount(self.balance)}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def apply_interest(self):
        self.balance *= 1 + self.interest_rate

    def __repr__(self):
        return f"BankAccount(#{self.number}, {self.owner!r}, {self.format_amount(self.balance)})"


acct = BankAccount("  ada lovelace ", 1500)
other = BankAccount.from_csv("grace hopper,2500.555")
print(acct)
print(other)
acct.deposit(250.75)
acct.withdraw(100)
acct.apply_interest()
print(acct, acct.history)
try:
    other.withdraw(10_000)
except InsufficientFunds as e:
    print("Refused:", e)
try:
    acct.balance = -5
except ValueError as e:
    print("ValueError:", e)
print(BankAccount.format_amount(1234567.891))
print("class rate:", BankAccount.interest_rate, "next number:", BankAccount._next_number)
