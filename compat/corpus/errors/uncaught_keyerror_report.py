# Sales report aggregation that prints partial results and then fails on an unknown region code
REGIONS = {"N": "North", "S": "South", "E": "East", "W": "West"}

sales = [
    ("N", 120.0), ("S", 80.5), ("N", 42.25), ("E", 300.0),
    ("W", 10.0), ("S", 19.5), ("X", 5.0), ("E", 1.0),
]

totals = {}
for i, (code, amount) in enumerate(sales):
    if i == 6:
        print("partial totals:", totals)
    region = REGIONS[code]
    totals[region] = totals.get(region, 0) + amount
    print(f"{i}: {region:<5} +{amount:>7.2f} -> {totals[region]:.2f}")

print("report:", totals)
