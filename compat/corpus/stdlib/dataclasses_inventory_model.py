# Dataclasses with defaults, field(default_factory), __post_init__, ordering, frozen and replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from typing import ClassVar


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    unit_price: float
    quantity: int = 0
    tags: list[str] = field(default_factory=list, compare=False)
    currency: ClassVar[str] = "EUR"

    def __post_init__(self):
        self.sort_index = self.unit_price * self.quantity

    @property
    def total(self):
        return round(self.unit_price * self.quantity, 2)


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)


@dataclass
class Account:
    owner: str
    password: InitVar[str]
    hashed: str = field(init=False)

    def __post_init__(self, password):
        self.hashed = "*" * len(password)


items = [Item("bolt", 0.1, 500, ["hw"]), Item("drill", 89.0, 2), Item("saw", 25.5, 3)]
for it in sorted(items, reverse=True):
    print(it, it.total)
print(asdict(items[0]))
print(astuple(items[1]))
print([f.name for f in fields(Item)], Item.currency)
print(Item("a", 1.0) == Item("a", 1.0, tags=["x"]))

m = Money(500) + Money(250)
print(m, hash(m) == hash(Money(750)))
try:
    m.amount = 1
except Exception as e:
    print(type(e).__name__, e)
print(replace(m, currency="USD"))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
acct = Account("ann", "s3cret")
print(acct, hasattr(acct, "password"))
