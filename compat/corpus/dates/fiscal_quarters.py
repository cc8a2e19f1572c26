# Map dates to calendar and fiscal quarters (fiscal year starting in October) and summarise revenue
from datetime import date
from collections import OrderedDict

FISCAL_START_MONTH = 10

def calendar_quarter(d: date) -> str:
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"

def fiscal_quarter(d: date) -> str:
    shifted = (d.month - FISCAL_START_MONTH) % 12
    fy = d.year + (1 if d.month >= FISCAL_START_MONTH else 0)
    return f"FY{fy % 100:02d}-Q{shifted // 3 + 1}"

def quarter_bounds(year: int, q: int) -> tuple[date, date]:
    start = date(year, 3 * q - 2, 1)
    end_month = 3 * q
    end = date(year + end_month // 12, end_month % 12 + 1, 1)
    return start, end

revenue = [
    (date(2023, 9, 30), 1200), (date(2023, 10, 1), 800), (date(2023, 12, 31), 950),
    (date(2024, 1, 15), 1100), (date(2024, 3, 31), 700), (date(2024, 4, 1), 1500),
    (date(2024, 6, 30), 400), (date(2024, 7, 4), 1250), (date(2024, 9, 30), 900),
    (date(2024, 10, 1), 1600),
]
print(f"{'date':<12}{'calendar':>10}{'fiscal':>12}")
for d, _ in revenue:
    print(f"{d!s:<12}{calendar_quarter(d):>10}{fiscal_quarter(d):>12}")

totals: "OrderedDict[str, int]" = OrderedDict()
for d, amt in revenue:
    totals[fiscal_quarter(d)] = totals.get(fiscal_quarter(d), 0) + amt
print()
prev = None
for q, amt in totals.items():
    change = f"{(amt - prev) / prev:+.1%}" if prev else "n/a"
    print(f"{q}: {amt:>6,}  QoQ {change}")
    prev = amt

for q in range(1, 5):
    s, e = quarter_bounds(2024, q)
    print(f"2024 Q{q}: {s} .. {e} exclusive, {(e - s).days} days")
