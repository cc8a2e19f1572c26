# Inventory items as ordered dataclasses with default_factory fields and asdict export
from dataclasses import dataclass, field, asdict, astuple


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    category: str
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.category, -self.price)

    @property
    def total(self):
        return round(self.price * self.qty, 2)


stock = [
    Item("tools", "hammer", 12.5, 10, ["steel"]),
    Item("garden", "rake", 18.0, 3),
    Item("tools", "wrench", 22.25, 4, ["steel", "metric"]),
    Item("garden", "hose", 30.0, 2, ["rubber"]),
    Item("kitchen", "whisk", 4.99, 25),
]

for item in sorted(stock):
    print(f"{item.category:<8} {item.name:<7} {item.price:>6.2f} x{item.qty:<3} = {item.total:>7.2f}")

print(stock[0])
print(asdict(stock[2]))
print(astuple(stock[4]))
print("max:", max(stock).name, "min:", min(stock).name)
stock[1].tags.append("wood")
print("independent tag lists:", [len(i.tags) for i in stock])
value_by_cat = {}
for item in stock:
    value_by_cat[item.category] = value_by_cat.get(item.category, 0) + item.total
print(value_by_cat)
print(Item("a", "b", 1.0) == Item("a", "b", 1.0, tags=["x"]))
