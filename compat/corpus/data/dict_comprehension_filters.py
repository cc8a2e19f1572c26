# Filter and reshape a product catalogue with dict, set and list comprehensions
catalog = {
    "p1": {"name": "Espresso beans", "price": 14.5, "stock": 30, "tags": ["coffee", "beans"]},
    "p2": {"name": "Grinder", "price": 89.0, "stock": 0, "tags": ["coffee", "equipment"]},
    "p3": {"name": "Green tea", "price": 7.25, "stock": 120, "tags": ["tea"]},
    "p4": {"name": "Kettle", "price": 39.9, "stock": 8, "tags": ["tea", "equipment"]},
    "p5": {"name": "Mug", "price": 9.0, "stock": 64, "tags": ["merch"]},
}

in_stock = {pid: p["name"] for pid, p in catalog.items() if p["stock"] > 0}
print("In stock:", in_stock)
cheap = [p["name"] for p in catalog.values() if p["price"] < 15]
print("Under 15:", cheap)
tags = sorted({t for p in catalog.values() for t in p["tags"]})
print("Tags:", tags)
by_tag = {t: [pid for pid, p in catalog.items() if t in p["tags"]] for t in tags}
print("By tag:", by_tag)
price_with_vat = {p["name"]: round(p["price"] * 1.2, 2) for p in catalog.values()}
print("With VAT:", price_with_vat)
stock_value = {pid: (p["price"] * p["stock"]) for pid, p in catalog.items()}
print("Stock value:", {k: f"{v:.2f}" for k, v in sorted(stock_value.items(), key=lambda kv: -kv[1])})
matrix = [[pid, *(("x" if t in p["tags"] else "") for t in tags)] for pid, p in catalog.items()]
print(f"{'':4}" + "".join(f"{t[:5]:>6}" for t in tags))
for row in matrix:
    print(f"{row[0]:4}" + "".join(f"{c:>6}" for c in row[1:]))
swapped = {v: k for k, v in in_stock.items()}
print(swapped["Mug"], len(swapped))
