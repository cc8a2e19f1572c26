# Clean messy numeric strings from a CSV export into floats and Decimals
import csv
import io
from decimal import Decimal, InvalidOperation

RAW = """id,amount,percent,quantity
1,"$1,234.50",12.5%,3
2,(45.00),-3%,10
3,"€ 2.000,75",0.5%,
4,N/A,100%,7
5,1e3,,1_000
6,  -0.0050 ,7.25 %,0x1F
"""

def parse_amount(text: str):
    t = text.strip().replace("$", "").replace("€", "").strip()
    if not t or t.upper() == "N/A":
        return None
    negative = t.startswith("(") and t.endswith(")")
    t = t.strip("()")
    if "," in t and "." in t and t.rfind(",") > t.rfind("."):
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    try:
        value = Decimal(t)
    except InvalidOperation:
        return None
    return -value if negative else value

def parse_percent(text: str):
    t = text.strip().rstrip("%").strip()
    return float(t) / 100 if t else None

def parse_qty(text: str):
    t = text.strip()
    return int(t, 0) if t else 0

rows = list(csv.DictReader(io.StringIO(RAW)))
total = Decimal(0)
for row in rows:
    amt = parse_amount(row["amount"])
    pct = parse_percent(row["percent"])
    qty = parse_qty(row["quantity"])
    print(f"id={row['id']} amount={amt!s:>10} percent={pct!r:>8} qty={qty}")
    if amt is not None:
        total += amt * qty
print("weighted total:", total, "normalized:", total.normalize())
print("float('1_000'):", float("1_000"), "float(' 12.5 '):", float(" 12.5 "))
