# Bank account simulation with custom exceptions, overdraft limits and a transaction ledger
from decimal import Decimal


class BankError(Exception):
    """Base class for banking errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, requested):
        super().__init__(f"{account.owner}: cannot withdraw {requested}, available {account.available()}")
        self.requested = requested


class AccountFrozen(BankError):
    pass


class Account:
    def __init__(self, owner: str, balance: str = "0", overdraft: str = "0"):
        self.owner = owner
        self.balance = Decimal(balance)
        self.overdraft = Decimal(overdraft)
        self.frozen = False
        self.ledger: list[tuple[str, Decimal]] = []

    def available(self) -> Decimal:
        return self.balance + self.overdraft

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account of {self.owner} is frozen")

    def deposit(self, amount: str):
        self._check()
        amt = Decimal(amount)
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.ledger.append(("deposit", amt))

    def withdraw(self, amount: str):
        self._check()
        amt = Decimal(amount)
        if amt > self.available():
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.ledger.append(("withdraw", -amt))


def transfer(src: Account, dst: Account, amount: str):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)  # refund
        raise


accounts = {
    "alice": Account("alice", "120.00", overdraft="50"),
    "bob": Account("bob", "30.00"),
    "carol": Account("carol", "500.00"),
}
operations = [
    ("transfer", "alice", "bob", "150.00"),
    ("transfer", "bob", "carol", "200.00"),
    ("freeze", "carol"),
    ("transfer", "bob", "carol", "10.00"),
    ("withdraw", "alice", "25.00"),
    ("deposit", "bob", "-5"),
    ("withdraw", "carol", "1"),
]

for op in operations:
    kind, *args = op
    try:
        if kind == "transfer":
            transfer(accounts[args[0]], accounts[args[1]], args[2])
        elif kind == "freeze":
            accounts[args[0]].frozen = True
        elif kind == "withdraw":
            accounts[args[0]].withdraw(args[1])
        elif kind == "deposit":
            accounts[args[0]].deposit(args[1])
        print(f"OK    {kind} {' '.join(args)}")
    except InsufficientFunds as e:
        print(f"FAIL  {kind}: {e} (short by {e.requested - accounts[args[0]].available()})")
    except BankError as e:
        print(f"FAIL  {kind}: {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"FAIL  {kind}: invalid amount ({e})")

print()
for acct in accounts.values():
    moves = ", ".join(f"{k} {v:+}" for k, v in acct.ledger) or "no movements"
    print(f"{acct.owner:<6} balance {acct.balance:>8}  frozen={acct.frozen}  [{moves}]")
total = sum(a.balance for a in accounts.values())
print("total money in bank:", total)
