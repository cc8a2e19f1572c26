# Aggregate sales data with csv.DictReader and write a summary using DictWriter
import csv
import io
from collections import defaultdict

DATA = """date,region,product,units,unit_price
2024-01-03,North,Widget,10,2.50
2024-01-03,South,Gadget,3,10.00
2024-01-04,North,Gadget,1,10.00
2024-01-05,East,Widget,7,2.50
2024-01-05,North,Widget,4,2.75
2024-01-06,South,Widget,12,2.40
2024-01-06,East,Doohickey,2,99.99
"""

reader = csv.DictReader(io.StringIO(DATA))
print("fields:", reader.fieldnames)
totals = defaultdict(lambda: {"units": 0, "revenue": 0.0, "orders": 0})
for row in reader:
    t = totals[(row["region"], row["product"])]
    t["units"] += int(row["units"])
    t["revenue"] += int(row["units"]) * float(row["unit_price"])
    t["orders"] += 1
print("lines read:", reader.line_num)

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["region", "product", "orders", "units", "revenue"], lineterminator="\n")
writer.writeheader()
for (region, product), t in sorted(totals.items()):
    writer.writerow({"region": region, "product": product, **t, "revenue": f"{t['revenue']:.2f}"})
print(out.getvalue(), end="")

by_region = defaultdict(float)
for (region, _), t in totals.items():
    by_region[region] += t["revenue"]
best = max(by_region, key=by_region.get)
print(f"best region: {best} ({by_region[best]:.2f})")

ragged = "a,b\n1,2,3,4\n5\n"
for row in csv.DictReader(io.StringIO(ragged), restkey="extra", restval="?"):
    print(row)
w = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    w.writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
w2 = csv.DictWriter(out2 := io.StringIO(), fieldnames=["a"], extrasaction="ignore")
w2.writerow({"a": 1, "b": 2})
print(repr(out2.getvalue()))
