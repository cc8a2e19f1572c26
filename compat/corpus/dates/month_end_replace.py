# Month-start/month-end helpers with date.replace and common reporting periods
from datetime import date, datetime, timedelta

def month_start(d: date) -> date:
    return d.replace(day=1)

def month_end(d: date) -> date:
    nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return nxt - timedelta(days=1)

def previous_month(d: date) -> tuple[date, date]:
    last = month_start(d) - timedelta(days=1)
    return month_start(last), last

def week_bounds(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)

for d in [date(2024, 1, 31), date(2024, 2, 10), date(2023, 2, 10), date(2024, 12, 15), date(2025, 3, 1)]:
    ps, pe = previous_month(d)
    ws, we = week_bounds(d)
    print(f"{d}: month {month_start(d)}..{month_end(d)}  prev {ps}..{pe}  week {ws:%m-%d}..{we:%m-%d}")

print()
ts = datetime(2024, 3, 17, 15, 42, 9, 512000)
print("truncate to day:", ts.replace(hour=0, minute=0, second=0, microsecond=0))
print("truncate to hour:", ts.replace(minute=0, second=0, microsecond=0))
print("same time next year:", ts.replace(year=2025))
print("year-to-date start:", ts.replace(month=1, day=1).date())
print("quarter start:", ts.replace(month=(ts.month - 1) // 3 * 3 + 1, day=1).date())
print("end of day:", datetime.combine(ts.date(), datetime.max.time()))
print("replace returns new object, original:", ts)

for y, m in [(2024, 1), (2024, 3), (2024, 7)]:
    try:
        print(date(y, m, 31).replace(month=m + 1))
    except ValueError as e:
        print(f"date({y}, {m}, 31).replace(month={m + 1}) -> ValueError: {e}")
leap = date(2024, 2, 29)
try:
    leap.replace(year=2025)
except ValueError as e:
    print("leap day next year:", e)
