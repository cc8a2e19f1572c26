# Date range generators with fixed dates: business days, month ends, weekly schedules and grouping
from datetime import date, timedelta
from itertools import groupby, islice, takewhile
import calendar

def daterange(start, stop, step=timedelta(days=1)):
    d = start
    while d < stop:
        yield d
        d += step

def business_days(start, stop, holidays=frozenset()):
    return (d for d in daterange(start, stop) if d.weekday() < 5 and d not in holidays)

def month_ends(year):
    for m in range(1, 13):
        yield date(year, m, calendar.monthrange(year, m)[1])

def nth_weekday(year, month, weekday, n):
    days = (date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1))
    return next(islice((d for d in days if d.weekday() == weekday), n - 1, None))

holidays = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 12, 25)}
q1 = list(business_days(date(2024, 1, 1), date(2024, 4, 1), holidays))
print("Q1 2024 business days:", len(q1), "first:", q1[0], "last:", q1[-1])
for month, days in groupby(q1, key=lambda d: d.month):
    print(f"  {calendar.month_abbr[month]}: {sum(1 for _ in days)} days")
print("2024 month ends:", [d.isoformat() for d in month_ends(2024)][:4], "...")
print("leap day month end:", date(2024, 2, 29) in set(month_ends(2024)), calendar.isleap(2024))
fridays = [d for d in month_ends(2024) if d.weekday() == 4]
print("month ends on Friday:", fridays)
print("thanksgiving 2024:", nth_weekday(2024, 11, calendar.THURSDAY, 4))
sprints = list(daterange(date(2024, 3, 4), date(2024, 6, 1), timedelta(weeks=2)))
print("sprint starts:", [f"{d:%b %d}" for d in sprints])
deadline = date(2024, 2, 20)
before = list(takewhile(lambda d: d <= deadline, business_days(date(2024, 2, 12), date(2024, 3, 1))))
print("working days until deadline:", len(before), [d.strftime("%a %d") for d in before])
print("days in 2024:", sum(1 for _ in daterange(date(2024, 1, 1), date(2025, 1, 1))))
print("iso week of 2024-12-30:", date(2024, 12, 30).isocalendar())
