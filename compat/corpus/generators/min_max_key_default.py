# min/max with key and default, ties, and sorted/reversed over a product catalogue
catalogue = [
    {"sku": "KB-01", "name": "keyboard", "price": 49.99, "stock": 12, "rating": 4.5},
    {"sku": "MS-02", "name": "mouse", "price": 19.99, "stock": 0, "rating": 4.1},
    {"sku": "MN-27", "name": "monitor", "price": 229.00, "stock": 4, "rating": 4.5},
    {"sku": "HS-05", "name": "headset", "price": 79.50, "stock": 7, "rating": 4.5},
    {"sku": "CB-10", "name": "cable", "price": 4.99, "stock": 140, "rating": 3.9},
]

cheapest = min(catalogue, key=lambda p: p["price"])
priciest = max(catalogue, key=lambda p: p["price"])
print("cheapest:", cheapest["name"], "| priciest:", priciest["name"])
best = max(catalogue, key=lambda p: p["rating"])
print("best rated (first on tie):", best["name"])
best_last = max(reversed(catalogue), key=lambda p: p["rating"])
print("best rated (last on tie):", best_last["name"])
in_stock = [p for p in catalogue if p["stock"]]
print("lowest stock available:", min(in_stock, key=lambda p: p["stock"])["sku"])
print("over 500:", max((p for p in catalogue if p["price"] > 500), key=lambda p: p["price"], default=None))
print("min of empty with default:", min([], default="n/a"), max((), default=0))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print("min of args:", min(3, 1, 2), "max of strings:", max("apple", "Banana", "cherry"),
      "case-insensitive:", max("apple", "Banana", "cherry", key=str.lower))
print("max by len:", max(["aa", "b", "cc", "d"], key=len), "min by len:", min(["aa", "b", "cc", "d"], key=len))
print("sorted names desc:", sorted((p["name"] for p in catalogue), reverse=True))
print("reversed list:", [p["sku"] for p in reversed(catalogue)])
value = {p["sku"]: round(p["price"] * p["stock"], 2) for p in catalogue}
top_sku = max(value, key=value.get)
print("inventory value:", value, "top:", top_sku)
print("min/max tuple compare:", min([(2, "b"), (1, "z"), (1, "a")]), max(zip([1, 3, 2], "xyz")))
print("bool max:", max([False, True, False]), "mixed numbers:", max(1, 2.5, 2), min(-0.0, 0))
