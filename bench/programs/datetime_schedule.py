# Date and time arithmetic: business days, recurring schedules, month ends, ISO weeks,
# timedelta sums, parsing and formatting timestamps, fixed-offset time zones.
import calendar
import sys
from datetime import date, datetime, timedelta, timezone

N = int(sys.argv[1]) if len(sys.argv) > 1 else 70000

HOLIDAYS = {(1, 1), (5, 1), (7, 4), (12, 25), (12, 26)}


def is_business_day(d):
    return d.weekday() < 5 and (d.month, d.day) not in HOLIDAYS


def add_business_days(d, n):
    while n > 0:
        d += timedelta(days=1)
        if is_business_day(d):
            n -= 1
    return d


def month_end(d):
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


start = date(2019, 12, 30)
days = [start + timedelta(days=i) for i in range(N)]
business = sum(1 for d in days if is_business_day(d))
print("span", days[0].isoformat(), days[-1].isoformat(), "business days", business)
weeks = {}
for d in days:
    y, w, _ = d.isocalendar()
    weeks[(y, w)] = weeks.get((y, w), 0) + 1
print("iso weeks", len(weeks), min(weeks), max(weeks), sum(1 for v in weeks.values() if v < 7))
due = [add_business_days(d, 10) for d in days[::7]]
print("due dates", due[0], due[-1], sum((b - a).days for a, b in zip(days[::7], due)))
ends = sorted({month_end(d) for d in days})
print("month ends", len(ends), ends[0], ends[-1], sum(e.day for e in ends))
anchor = date(2020, 1, 31)
print("add months", [str(add_months(anchor, k)) for k in (1, 2, 13, 25)])
utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
stamps = []
t = datetime(2021, 3, 27, 22, 15, 30, tzinfo=utc)
for i in range(N):
    t += timedelta(minutes=37, seconds=i % 60)
    stamps.append(t.strftime("%Y-%m-%dT%H:%M:%S"))
parsed = [datetime.fromisoformat(s) for s in stamps[:: max(1, N // 500)]]
gaps = [b - a for a, b in zip(parsed, parsed[1:])]
print("stamps", stamps[0], stamps[-1], "gap sum", sum(gaps, timedelta()))
local = t.astimezone(cet)
print("local", local.isoformat(), local.strftime("%a %d %b %Y %I:%M %p"), local.utcoffset())
print("ordinal", date(2024, 2, 29).toordinal(), date.fromordinal(738000), (date(2030, 1, 1) - date(2000, 1, 1)).days)
span = datetime(2024, 3, 1, 12) - datetime(2023, 2, 28, 6, 30)
print("timedelta", span, span.total_seconds(), span // timedelta(hours=1), timedelta(days=1, seconds=-1))
when = datetime.strptime("2024-07-04 09:05:01", "%Y-%m-%d %H:%M:%S")
print("strptime", when.timetuple()[:6], date(2024, 1, 1).strftime("%j %U %A"))
