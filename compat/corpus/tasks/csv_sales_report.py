# Parse a CSV of sales with csv.DictReader and print a per-region / per-product report
import csv
import io
from collections import defaultdict

SALES_CSV = """date,region,product,units,unit_price
2024-01-03,North,Widget,12,2.50
2024-01-03,South,Gadget,3,19.99
2024-01-04,North,Gadget,5,19.99
2024-01-05,East,Widget,40,2.35
2024-01-05,South,Widget,7,2.50
2024-01-06,East,Doohickey,2,149.00
2024-01-07,North,Widget,,2.50
2024-01-08,West,Gadget,9,18.75
2024-01-08,South,Doohickey,1,149.00
2024-01-09,West,Widget,25,2.40
"""


def load_rows(text):
    rows, skipped = [], []
    for lineno, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            row["units"] = int(row["units"])
            row["unit_price"] = float(row["unit_price"])
        except ValueError:
            skipped.append(lineno)
            continue
        row["revenue"] = row["units"] * row["unit_price"]
        rows.append(row)
    return rows, skipped


def summarize(rows, key):
    totals = defaultdict(lambda: {"units": 0, "revenue": 0.0, "orders": 0})
    for row in rows:
        t = totals[row[key]]
        t["units"] += row["units"]
        t["revenue"] += row["revenue"]
        t["orders"] += 1
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]["revenue"]))


def print_table(title, totals):
    print(title)
    print(f"  {'name':<10}{'orders':>7}{'units':>7}{'revenue':>11}")
    for name, t in totals.items():
        print(f"  {name:<10}{t['orders']:>7}{t['units']:>7}{t['revenue']:>11.2f}")
    print()


def main():
    rows, skipped = load_rows(SALES_CSV)
    print(f"loaded {len(rows)} rows, skipped lines {skipped}\n")
    print_table("Revenue by region", summarize(rows, "region"))
    print_table("Revenue by product", summarize(rows, "product"))
    best = max(rows, key=lambda r: r["revenue"])
    print(f"largest sale: {best['date']} {best['region']} {best['product']} = {best['revenue']:.2f}")
    grand = sum(r["revenue"] for r in rows)
    print(f"grand total: {grand:,.2f}")


if __name__ == "__main__":
    main()
