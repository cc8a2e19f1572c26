# Group sales records by region and print totals, averages and best product per region
from collections import defaultdict

sales = [
    {"region": "North", "product": "Widget", "units": 12, "price": 3.50},
    {"region": "South", "product": "Gadget", "units": 4, "price": 12.00},
    {"region": "North", "product": "Gadget", "units": 7, "price": 12.00},
    {"region": "East", "product": "Widget", "units": 30, "price": 3.25},
    {"region": "South", "product": "Widget", "units": 18, "price": 3.50},
    {"region": "East", "product": "Doohickey", "units": 2, "price": 45.00},
    {"region": "North", "product": "Doohickey", "units": 1, "price": 45.00},
    {"region": "West", "product": "Gadget", "units": 9, "price": 11.75},
]

by_region = defaultdict(list)
for rec in sales:
    by_region[rec["region"]].append(rec)

print(f"{'Region':<8} {'Orders':>6} {'Units':>6} {'Revenue':>10} {'Avg/order':>10}  Top product")
print("-" * 62)
grand = 0.0
for region in sorted(by_region):
    rows = by_region[region]
    revenue = sum(r["units"] * r["price"] for r in rows)
    units = sum(r["units"] for r in rows)
    grand += revenue
    per_product = defaultdict(float)
    for r in rows:
        per_product[r["product"]] += r["units"] * r["price"]
    top = max(per_product.items(), key=lambda kv: kv[1])
    print(f"{region:<8} {len(rows):>6} {units:>6} {revenue:>10,.2f} {revenue / len(rows):>10.2f}  {top[0]} ({top[1]:.2f})")
print("-" * 62)
print(f"{'TOTAL':<8} {len(sales):>6} {sum(r['units'] for r in sales):>6} {grand:>10,.2f}")
share = {reg: sum(r["units"] * r["price"] for r in rows) / grand for reg, rows in by_region.items()}
for reg, s in sorted(share.items(), key=lambda kv: -kv[1]):
    print(f"  {reg:>5}: {s:6.1%} {'#' * round(s * 40)}")
