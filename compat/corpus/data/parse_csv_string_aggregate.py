# Parse CSV text with csv.DictReader and aggregate expenses by category and month
import csv
import io
from collections import defaultdict

CSV_TEXT = '''date,category,description,amount
2024-01-03,groceries,Market,54.20
2024-01-05,transport,"Bus pass, monthly",45.00
2024-01-12,groceries,Bakery,8.75
2024-01-20,dining,"Pizza ""Napoli""",23.50
2024-02-02,groceries,Market,61.10
2024-02-14,dining,Valentine dinner,88.00
2024-02-15,transport,Taxi,19.40
2024-02-28,utilities,Electricity,72.35
'''

reader = csv.DictReader(io.StringIO(CSV_TEXT))
totals = defaultdict(lambda: defaultdict(float))
rows = list(reader)
for row in rows:
    month = row["date"][:7]
    totals[row["category"]][month] += float(row["amount"])

months = sorted({r["date"][:7] for r in rows})
print(f"{'category':<11}" + "".join(f"{m:>10}" for m in months))
for cat in sorted(totals):
    print(f"{cat:<11}" + "".join(f"{totals[cat][m]:>10.2f}" for m in months))

print("\nDescriptions with quotes or commas:")
for r in rows:
    if '"' in r["description"] or "," in r["description"]:
        print(f"  {r['description']!r}")

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["month", "total"])
for m in months:
    writer.writerow([m, f"{sum(totals[c][m] for c in totals):.2f}"])
print(out.getvalue(), end="")
