# CSV-style data cleaning pipeline that quarantines bad rows and summarises error types
import csv
import io
from collections import Counter

RAW = """order_id,customer,amount,quantity,date
1001,Acme,250.00,5,2024-01-15
1002,,99.95,1,2024-01-16
1003,Globex,abc,2,2024-01-16
1004,Initech,120.50,,2024-01-17
1005,Umbrella,75.25,3,2024-13-01
1006,Hooli,-20,1,2024-01-18
1007,Stark,1e3,4,2024-01-19
1008,Wayne,300,2
"""


class RowError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def parse_date(text):
    y, m, d = (int(p) for p in text.split("-"))
    if not 1 <= m <= 12:
        raise ValueError(f"month {m} out of range")
    return (y, m, d)


def clean(row):
    if None in row.values() or None in row:
        raise RowError("row", "wrong number of columns")
    if not row["customer"].strip():
        raise RowError("customer", "empty")
    try:
        amount = float(row["amount"])
        qty = int(row["quantity"])
        date = parse_date(row["date"])
    except ValueError as e:
        raise RowError("value", str(e)) from e
    if amount <= 0:
        raise RowError("amount", f"must be positive, got {amount}")
    return {"id": int(row["order_id"]), "customer": row["customer"], "total": round(amount * qty, 2), "date": date}


good, quarantine = [], []
for row in csv.DictReader(io.StringIO(RAW)):
    try:
        good.append(clean(row))
    except RowError as e:
        quarantine.append((row["order_id"], e))

for rec in good:
    print("OK ", rec)
for oid, err in quarantine:
    cause = type(err.__cause__).__name__ if err.__cause__ else "-"
    print(f"BAD {oid}: {err} [cause={cause}]")
print(Counter(e.field for _, e in quarantine).most_common())
print(f"{len(good)}/{len(good) + len(quarantine)} rows kept, revenue {sum(r['total'] for r in good):.2f}")
