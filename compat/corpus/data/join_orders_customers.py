# Inner and left join of orders with customers using dict indexes
customers = [
    {"id": 1, "name": "Ada Lovelace", "country": "UK"},
    {"id": 2, "name": "Grace Hopper", "country": "US"},
    {"id": 3, "name": "Alan Turing", "country": "UK"},
    {"id": 4, "name": "Katherine Johnson", "country": "US"},
]
orders = [
    {"order": 501, "customer_id": 2, "total": 250.0},
    {"order": 502, "customer_id": 1, "total": 99.5},
    {"order": 503, "customer_id": 2, "total": 12.25},
    {"order": 504, "customer_id": 9, "total": 40.0},
    {"order": 505, "customer_id": 3, "total": 310.75},
]

by_id = {c["id"]: c for c in customers}

inner = [{**o, **by_id[o["customer_id"]]} for o in orders if o["customer_id"] in by_id]
print("INNER JOIN")
for row in inner:
    print(f"  #{row['order']} {row['name']:<14} {row['country']} {row['total']:>8.2f}")

print("LEFT JOIN (customers -> orders)")
orders_by_customer = {}
for o in orders:
    orders_by_customer.setdefault(o["customer_id"], []).append(o)
for c in customers:
    mine = orders_by_customer.get(c["id"], [])
    totals = [o["total"] for o in mine]
    print(f"  {c['name']:<18} orders={len(mine)} spent={sum(totals):8.2f} ids={[o['order'] for o in mine]}")

orphans = [o["order"] for o in orders if o["customer_id"] not in by_id]
print("Orphan orders:", orphans)
per_country = {}
for row in inner:
    per_country[row["country"]] = per_country.get(row["country"], 0) + row["total"]
print("Revenue by country:", per_country)
