# Streaming CSV processing from an in-memory file with csv.DictReader and chained generator stages
import csv
import io
from collections import defaultdict

CSV_DATA = """order_id,customer,product,qty,unit_price,status
1001,acme,bolts,100,0.15,shipped
1002,globex,nuts,250,0.05,pending
1003,acme,washers,75,0.02,shipped
1004,initech,bolts,40,0.15,cancelled
1005,globex,bolts,300,0.14,shipped
1006,acme,nuts,,0.05,shipped
1007,initech,gears,5,12.50,shipped
1008,umbrella,springs,60,0.40,pending
"""

def read_rows(fileobj):
    yield from csv.DictReader(fileobj)

def typed(rows, rejects):
    for row in rows:
        try:
            row["qty"] = int(row["qty"])
            row["unit_price"] = float(row["unit_price"])
        except ValueError:
            rejects.append(row["order_id"])
            continue
        yield row

def not_cancelled(rows):
    return (r for r in rows if r["status"] != "cancelled")

def with_total(rows):
    for r in rows:
        yield {**r, "total": round(r["qty"] * r["unit_price"], 2)}

rejects = []
stream = with_total(not_cancelled(typed(read_rows(io.StringIO(CSV_DATA)), rejects)))
per_customer = defaultdict(float)
by_status = defaultdict(int)
rows_out = []
for row in stream:
    per_customer[row["customer"]] += row["total"]
    by_status[row["status"]] += 1
    rows_out.append(row)

print("rejected orders:", rejects)
print("per customer:", {k: round(v, 2) for k, v in sorted(per_customer.items())})
print("by status:", dict(by_status))

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["order_id", "customer", "total"], extrasaction="ignore", lineterminator="\n")
writer.writeheader()
writer.writerows(sorted(rows_out, key=lambda r: -r["total"]))
print(out.getvalue(), end="")
quoted = io.StringIO()
csv.writer(quoted, lineterminator="\n").writerow(["a,b", 'say "hi"', 3, None])
print("quoting:", quoted.getvalue().strip())
print("reparsed:", next(csv.reader(io.StringIO(quoted.getvalue()))))
