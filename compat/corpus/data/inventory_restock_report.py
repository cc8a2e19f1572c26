# Flag inventory items below their reorder point and compute restock costs
from dataclasses import dataclass


@dataclass
class Item:
    sku: str
    name: str
    on_hand: int
    reorder_point: int
    target: int
    unit_cost: float

    @property
    def needs_restock(self) -> bool:
        return self.on_hand <= self.reorder_point

    def order_qty(self) -> int:
        return max(0, self.target - self.on_hand)


inventory = [
    Item("A-100", "Bolts (box)", 14, 20, 100, 4.20),
    Item("A-101", "Nuts (box)", 55, 20, 100, 3.10),
    Item("B-200", "Hammer", 3, 5, 12, 18.99),
    Item("B-201", "Screwdriver set", 8, 5, 15, 24.50),
    Item("C-300", "Tape measure", 0, 4, 10, 9.75),
    Item("C-301", "Level", 5, 5, 8, 21.00),
]

to_order = [i for i in inventory if i.needs_restock]
print(f"{len(to_order)} of {len(inventory)} items need restocking\n")
print(f"{'SKU':<7}{'Item':<16}{'Have':>5}{'Order':>6}{'Cost':>10}")
total = 0.0
for item in sorted(to_order, key=lambda i: i.on_hand / i.target):
    cost = item.order_qty() * item.unit_cost
    total += cost
    print(f"{item.sku:<7}{item.name:<16}{item.on_hand:>5}{item.order_qty():>6}{cost:>10.2f}")
print(f"{'':<28}{'TOTAL':>6}{total:>10.2f}")
out_of_stock = [i.name for i in inventory if i.on_hand == 0]
print("\nOut of stock:", out_of_stock or "none")
value = sum(i.on_hand * i.unit_cost for i in inventory)
print(f"Current stock value: {value:.2f}")
print(inventory[2])
