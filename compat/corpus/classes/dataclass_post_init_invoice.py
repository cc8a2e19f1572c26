# Invoice dataclasses using __post_init__, init=False fields and derived totals
from dataclasses import dataclass, field, asdict


@dataclass
class LineItem:
    sku: str
    unit_price: float
    quantity: int = 1
    discount: float = 0.0
    total: float = field(init=False)

    def __post_init__(self):
        if self.quantity <= 0:
            raise ValueError(f"{self.sku}: quantity must be positive")
        if not 0 <= self.discount < 1:
            raise ValueError(f"{self.sku}: discount out of range")
        self.sku = self.sku.upper()
        self.total = round(self.unit_price * self.quantity * (1 - self.discount), 2)


@dataclass
class Invoice:
    number: int
    customer: str
    items: list[LineItem] = field(default_factory=list)
    tax_rate: float = 0.2
    _seq: int = field(default=0, init=False, repr=False)

    def add(self, *args, **kwargs):
        self._seq += 1
        self.items.append(LineItem(*args, **kwargs))
        return self

    @property
    def subtotal(self):
        return round(sum(i.total for i in self.items), 2)

    @property
    def grand_total(self):
        return round(self.subtotal * (1 + self.tax_rate), 2)


inv = Invoice(1042, "Acme Corp")
inv.add("ab-100", 9.5, 4).add("cd-7", 120.0, discount=0.15).add("zz-1", 0.99, 10)
for item in inv.items:
    print(item)
print(f"subtotal={inv.subtotal} total={inv.grand_total} lines={inv._seq}")
print(asdict(inv)["items"][1])
print(inv)

for bad in [("x", 1.0, 0), ("y", 1.0, 1, 1.5)]:
    try:
        LineItem(*bad)
    except ValueError as e:
        print("rejected:", e)
try:
    LineItem("q", 1.0, total=5)
except TypeError as e:
    print("TypeError:", e)
