# Generate recurring event dates: weekly, biweekly, monthly on day N, and last Friday
from datetime import date, timedelta
import calendar

def weekly(start: date, count: int, every: int = 1):
    return [start + timedelta(weeks=i * every) for i in range(count)]

def monthly_on_day(start: date, count: int, day: int):
    out = []
    y, m = start.year, start.month
    while len(out) < count:
        last = calendar.monthrange(y, m)[1]
        d = date(y, m, min(day, last))
        if d >= start:
            out.append(d)
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out

def last_weekday_of_month(year: int, month: int, weekday: int) -> date:
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)

print("Weekly standup (Mondays):", [d.strftime("%m/%d") for d in weekly(date(2024, 1, 1), 6)])
print("Biweekly payroll (Fridays):", [d.isoformat() for d in weekly(date(2024, 1, 5), 8, every=2)])
print("Rent on the 31st (clamped):")
for d in monthly_on_day(date(2024, 1, 1), 12, 31):
    print(f"  {d:%Y-%m-%d %a}")
print("Last Friday socials 2024:", ", ".join(f"{last_weekday_of_month(2024, m, 4):%b %d}" for m in range(1, 13)))

def every_n_days(start: date, n: int, until: date):
    d = start
    while d <= until:
        yield d
        d += timedelta(days=n)

watering = list(every_n_days(date(2024, 2, 20), 4, date(2024, 3, 15)))
print("Water plants every 4 days:", [f"{d.day}/{d.month}" for d in watering])
print("count:", len(watering), "falls on weekend:", sum(d.weekday() >= 5 for d in watering))
