# JSON round trip of an order feed: serialise, parse, reshape per customer, serialise again.
import hashlib
import json
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 16000

SKUS = ["A-100", "B-220", "C-310", "D-404", "E-512", "F-600", "G-777"]
REGIONS = ["north", "south", "east", "west"]


def make_orders(n):
    seed = 12345
    orders = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        items = []
        for j in range(1 + seed % 4):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            items.append({
                "sku": SKUS[seed % len(SKUS)],
                "qty": 1 + (seed >> 8) % 5,
                "price": round(((seed >> 4) % 10000) / 100, 2),
            })
        orders.append({
            "id": "ord-%06d" % i,
            "customer": {"id": seed % 97, "region": REGIONS[(seed >> 3) % 4]},
            "items": items,
            "paid": (seed >> 5) % 3 != 0,
            "note": None if i % 7 else "gift \u2713 \"wrap\"",
        })
    return orders


def transform(orders):
    by_customer = {}
    for o in orders:
        if not o["paid"]:
            continue
        total = 0.0
        for it in o["items"]:
            total += it["qty"] * it["price"]
        c = by_customer.setdefault(str(o["customer"]["id"]), {
            "region": o["customer"]["region"], "orders": 0, "total": 0.0, "skus": {}})
        c["orders"] += 1
        c["total"] = round(c["total"] + total, 2)
        for it in o["items"]:
            c["skus"][it["sku"]] = c["skus"].get(it["sku"], 0) + it["qty"]
    return by_customer


text = json.dumps(make_orders(N))
orders = json.loads(text)
summary = transform(orders)
out = json.dumps(summary, sort_keys=True, indent=2)
again = json.loads(out)
print("input bytes", len(text), "orders", len(orders))
print("customers", len(summary), "output bytes", len(out))
print("round trip equal", again == summary)
best = max(summary.items(), key=lambda kv: (kv[1]["total"], kv[0]))
print("top customer", best[0], best[1]["region"], best[1]["orders"], best[1]["total"])
print("sha256", hashlib.sha256(out.encode()).hexdigest()[:32])
