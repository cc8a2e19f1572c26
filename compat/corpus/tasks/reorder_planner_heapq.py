# Inventory reorder planner: days-of-cover with heapq priorities, bisect price tiers, and a purchase plan
import bisect
import heapq
from dataclasses import dataclass

VOLUME_BREAKS = [0, 50, 200, 500]          # units
DISCOUNTS = [0.00, 0.05, 0.10, 0.15]       # matching discount


@dataclass
class Item:
    sku: str
    on_hand: int
    daily_demand: float
    lead_time_days: int
    unit_cost: float
    min_order: int = 10

    @property
    def days_of_cover(self) -> float:
        return self.on_hand / self.daily_demand if self.daily_demand else float("inf")

    def reorder_qty(self, target_days: int) -> int:
        need = self.daily_demand * (target_days + self.lead_time_days) - self.on_hand
        if need <= 0:
            return 0
        qty = max(self.min_order, int(-(-need // 1)))
        return -(-qty // self.min_order) * self.min_order  # round up to pack size


def discount_for(qty: int) -> float:
    return DISCOUNTS[bisect.bisect_right(VOLUME_BREAKS, qty) - 1]


ITEMS = [
    Item("BOLT-M6", 1200, 95.0, 7, 0.04, min_order=100),
    Item("NUT-M6", 300, 90.0, 7, 0.03, min_order=100),
    Item("GEAR-12T", 40, 3.5, 21, 7.80),
    Item("MOTOR-24V", 6, 0.8, 30, 54.00, min_order=2),
    Item("BELT-A42", 75, 1.2, 14, 11.25, min_order=5),
    Item("SENSOR-IR", 0, 2.0, 10, 18.40, min_order=5),
    Item("LEGACY-PART", 500, 0.0, 60, 3.00),
]


def main(target_days: int = 30, budget: float = 4000.0):
    urgent = [(it.days_of_cover - it.lead_time_days, it.sku, it) for it in ITEMS]
    heapq.heapify(urgent)
    print(f"{'sku':<12}{'cover':>7}{'lead':>6}{'slack':>7}")
    plan, spent = [], 0.0
    while urgent:
        slack, sku, it = heapq.heappop(urgent)
        cover = "inf" if it.days_of_cover == float("inf") else f"{it.days_of_cover:.1f}"
        print(f"{sku:<12}{cover:>7}{it.lead_time_days:>6}{slack:>7.1f}")
        qty = it.reorder_qty(target_days)
        if not qty:
            continue
        disc = discount_for(qty)
        cost = round(qty * it.unit_cost * (1 - disc), 2)
        if spent + cost > budget:
            plan.append((sku, qty, cost, "DEFERRED (budget)"))
            continue
        spent += cost
        plan.append((sku, qty, cost, f"{disc:.0%} volume discount" if disc else ""))
    print("\npurchase plan:")
    for sku, qty, cost, note in plan:
        print(f"  {sku:<12} x{qty:<5} {cost:>9.2f}  {note}")
    print(f"total committed: {spent:.2f} of {budget:.2f}")
    cheapest3 = heapq.nsmallest(3, ITEMS, key=lambda i: i.unit_cost)
    print("cheapest items:", [i.sku for i in cheapest3])
    print("largest stock value:", [i.sku for i in heapq.nlargest(2, ITEMS, key=lambda i: i.on_hand * i.unit_cost)])


main()
