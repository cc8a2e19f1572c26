# Build semi-monthly and biweekly payroll periods with pay dates adjusted off weekends
from datetime import date, timedelta
import calendar

def adjust_to_friday(d: date) -> date:
    if d.weekday() == 5:
        return d - timedelta(days=1)
    if d.weekday() == 6:
        return d - timedelta(days=2)
    return d

print("Semi-monthly periods, first half of 2024:")
for month in range(1, 7):
    last = calendar.monthrange(2024, month)[1]
    for start_day, end_day in ((1, 15), (16, last)):
        start, end = date(2024, month, start_day), date(2024, month, end_day)
        pay = adjust_to_friday(end)
        note = " (moved)" if pay != end else ""
        print(f"  {start:%b %d} - {end:%b %d}: {(end - start).days + 1:>2} days, paid {pay:%a %b %d}{note}")

print("Biweekly periods in 2024 starting 2023-12-24:")
start = date(2023, 12, 24)
periods = []
while start.year <= 2024:
    end = start + timedelta(days=13)
    pay = end + timedelta(days=6)
    if pay.year == 2024:
        periods.append((start, end, pay))
    start += timedelta(days=14)
print(f"  {len(periods)} paydays in 2024")
months = {}
for s, e, p in periods:
    months.setdefault(p.month, []).append(p.day)
three = [calendar.month_name[m] for m, days in months.items() if len(days) == 3]
print("  months with three paydays:", three)
for s, e, p in periods[:3] + periods[-2:]:
    print(f"  {s} .. {e} -> pay {p:%a %Y-%m-%d}")
salary = 78_000
print(f"  biweekly gross: {salary / 26:,.2f}; semi-monthly gross: {salary / 24:,.2f}")
