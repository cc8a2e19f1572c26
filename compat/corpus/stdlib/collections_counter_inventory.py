# Track warehouse inventory with Counter, restock thresholds and order fulfillment
from collections import Counter

stock = Counter({"widget": 40, "gadget": 12, "doohickey": 5, "gizmo": 0})
orders = [
    ("o1", Counter(widget=10, gadget=2)),
    ("o2", Counter(doohickey=6)),
    ("o3", Counter(gizmo=1, widget=5)),
    ("o4", Counter(gadget=10, widget=20)),
]

for oid, wanted in orders:
    short = wanted - stock
    if short:
        print(f"{oid}: backorder {dict(sorted(short.items()))}")
        shippable = wanted & stock
        stock -= shippable
        print(f"{oid}: partial ship {dict(sorted(shippable.items()))}")
    else:
        stock -= wanted
        print(f"{oid}: shipped in full")

print("remaining:", sorted(stock.items()))
print("remaining (+):", sorted((+stock).items()))
threshold = 10
low = [item for item, qty in sorted(stock.items()) if qty < threshold]
restock = Counter({item: 50 - stock[item] for item in low})
print("restock plan:", sorted(restock.items()))
stock.update(restock)
print("after restock:", stock.most_common())
print("total units:", stock.total())
print("least stocked:", stock.most_common()[:-3:-1])
