# Dataclasses and enums as an agent would write them: an inventory with ordered,
# frozen and default-factory dataclasses, asdict/replace, and order fulfilment.
import dataclasses
import enum
import sys
from dataclasses import dataclass, field

N = int(sys.argv[1]) if len(sys.argv) > 1 else 80000


class Status(enum.Enum):
    OPEN = "open"
    PARTIAL = "partial"
    FILLED = "filled"
    REJECTED = "rejected"


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    code: int


@dataclass
class Item:
    sku: Sku
    name: str
    price_cents: int
    stock: int = 0
    tags: list = field(default_factory=list)

    @property
    def value(self):
        return self.price_cents * self.stock


@dataclass(order=True)
class Order:
    priority: int
    ident: int
    sku: Sku = field(compare=False)
    quantity: int = field(compare=False, default=1)
    status: Status = field(compare=False, default=Status.OPEN)
    filled: int = field(compare=False, default=0)


CATEGORIES = ["tools", "garden", "kitchen", "toys", "books"]
items = {}
for i in range(200):
    sku = Sku(CATEGORIES[i % 5], 1000 + i)
    items[sku] = Item(sku, "item-%d" % i, 199 + (i * 37) % 5000, stock=(i * 13) % 60, tags=["t%d" % (i % 3)])

s = 11
orders = []
for i in range(N):
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF
    sku = Sku(CATEGORIES[(s >> 4) % 5], 1000 + ((s >> 8) % 40) * 5 + (s >> 4) % 5)
    orders.append(Order(priority=(s >> 16) % 5, ident=i, sku=sku, quantity=1 + (s >> 20) % 6))
orders.sort()
restock = 0
for o in orders:
    item = items.get(o.sku)
    if item is None:
        o.status = Status.REJECTED
        continue
    if item.stock == 0 and o.priority == 0:
        item.stock += 25
        restock += 1
    take = min(item.stock, o.quantity)
    item.stock -= take
    o.filled = take
    o.status = Status.FILLED if take == o.quantity else (Status.PARTIAL if take else Status.OPEN)

counts = {}
for o in orders:
    counts[o.status.name] = counts.get(o.status.name, 0) + 1
print("orders", len(orders), sorted(counts.items()), "restocks", restock)
print("first", orders[0].priority, orders[0].ident, orders[0].sku, orders[0].status)
print("stock value", sum(it.value for it in items.values()))
snapshot = [dataclasses.asdict(it) for it in sorted(items.values(), key=lambda it: it.sku)[:2]]
print("asdict", snapshot)
cheap = dataclasses.replace(items[Sku("toys", 1003)], price_cents=99)
print("replace", cheap.name, cheap.price_cents, cheap == items[Sku("toys", 1003)])
print("fields", [f.name for f in dataclasses.fields(Order)], Status("partial"), Sku("a", 1) < Sku("a", 2))
try:
    Sku("x", 1).code = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen", type(e).__name__)
