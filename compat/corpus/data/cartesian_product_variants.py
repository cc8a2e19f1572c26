# Generate product variants (size x color x material) with SKUs and price rules
from itertools import product

sizes = ["S", "M", "L", "XL"]
colors = {"black": 0, "navy": 0, "red": 2}
materials = {"cotton": 15.0, "merino": 38.0}
size_markup = {"S": 0, "M": 0, "L": 1.5, "XL": 3.0}

variants = []
for size, (color, color_fee), (mat, base) in product(sizes, colors.items(), materials.items()):
    sku = f"TEE-{mat[:3].upper()}-{color[:3].upper()}-{size}"
    price = base + color_fee + size_markup[size]
    variants.append((sku, price))

print(f"{len(variants)} variants generated")
for sku, price in variants[:6]:
    print(f"  {sku:<18}{price:>7.2f}")
print("  ...")
cheapest = min(variants, key=lambda v: (v[1], v[0]))
priciest = max(variants, key=lambda v: (v[1], v[0]))
print("cheapest:", cheapest, "priciest:", priciest)
price_points = sorted({p for _, p in variants})
print("distinct prices:", price_points)
grid = list(product(range(2), repeat=3))
print("binary grid:", ["".join(map(str, g)) for g in grid])
