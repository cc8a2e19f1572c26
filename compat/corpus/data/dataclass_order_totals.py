# Model orders with dataclasses, compute line totals, tax and discounts
from dataclasses import dataclass, field, asdict
from typing import List


@dataclass(frozen=True)
class Line:
    sku: str
    qty: int
    unit_price: float

    @property
    def total(self) -> float:
        return round(self.qty * self.unit_price, 2)


@dataclass
class Order:
    order_id: str
    customer: str
    lines: List[Line] = field(default_factory=list)
    discount_pct: float = 0.0

    def subtotal(self) -> float:
        return round(sum(l.total for l in self.lines), 2)

    def total(self, tax_rate: float = 0.25) -> float:
        discounted = self.subtotal() * (1 - self.discount_pct / 100)
        return round(discounted * (1 + tax_rate), 2)


orders = [
    Order("A1", "north-co", [Line("pen", 10, 1.25), Line("pad", 4, 3.10)]),
    Order("A2", "south-llc", [Line("chair", 2, 149.0)], discount_pct=10),
    Order("A3", "north-co", [Line("desk", 1, 329.99), Line("lamp", 2, 24.5), Line("pen", 3, 1.25)], 5),
]

for o in orders:
    print(f"{o.order_id} {o.customer:<10} lines={len(o.lines)} subtotal={o.subtotal():>8.2f} total={o.total():>8.2f}")
    for l in o.lines:
        print(f"     {l.sku:<6} {l.qty:>3} x {l.unit_price:>7.2f} = {l.total:>8.2f}")

print(asdict(orders[0]))
print(orders[1])
print(Line("pen", 1, 1.25) == Line("pen", 1, 1.25), Line("pen", 1, 1.25) in orders[2].lines)
by_customer = {}
for o in orders:
    by_customer[o.customer] = round(by_customer.get(o.customer, 0) + o.total(), 2)
print(by_customer)
