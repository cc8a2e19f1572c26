# Basic date arithmetic: adding days, differences, and comparisons
from datetime import date, timedelta

start = date(2024, 1, 15)
print("start:", start, repr(start))
for days in (1, 7, 30, 45, 365, 366, -15, -365):
    print(f"  {days:+5d} days -> {start + timedelta(days=days)}")

deadline = date(2024, 3, 1)
print("days until deadline:", (deadline - start).days)
print("weeks until deadline:", (deadline - start) / timedelta(weeks=1))
print("leap day 2024 exists:", date(2024, 2, 28) + timedelta(days=1))
print("no leap day 2023:", date(2023, 2, 28) + timedelta(days=1))
print("comparisons:", start < deadline, start == date(2024, 1, 15), max(start, deadline))
print("min/max:", date.min, date.max)
print("ordinal:", start.toordinal(), date.fromordinal(start.toordinal() + 100))
print("attributes:", start.year, start.month, start.day)
print("str/isoformat:", str(start), start.isoformat(), start.ctime())

dates = [date(2023, 12, 25), date(2024, 7, 4), date(2022, 1, 1), date(2024, 2, 29)]
print("sorted:", [d.isoformat() for d in sorted(dates)])
print("span:", max(dates) - min(dates))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
