# Leap years and month lengths using the calendar module
import calendar

years = [1900, 1996, 2000, 2023, 2024, 2100, 2400]
for y in years:
    print(f"{y}: leap={calendar.isleap(y)!s:<5} days={366 if calendar.isleap(y) else 365}")
print("leap days 1900-2024:", calendar.leapdays(1900, 2025))

print()
print(f"{'month':<10} {'first':<10} {'days':>4}")
for m in range(1, 13):
    first_wd, ndays = calendar.monthrange(2024, m)
    print(f"{calendar.month_name[m]:<10} {calendar.day_name[first_wd]:<10} {ndays:>4}")

print()
print("weekday(2024, 7, 4):", calendar.weekday(2024, 7, 4), calendar.day_abbr[calendar.weekday(2024, 7, 4)])
print("Friday the 13ths in 2024-2026:")
for y in range(2024, 2027):
    hits = [calendar.month_abbr[m] for m in range(1, 13) if calendar.weekday(y, m, 13) == calendar.FRIDAY]
    print(f"  {y}: {', '.join(hits)}")
print("timegm:", calendar.timegm((2024, 1, 1, 0, 0, 0)))
print("constants:", calendar.MONDAY, calendar.SUNDAY)
def last_weekday(year, month, weekday):
    ndays = calendar.monthrange(year, month)[1]
    for d in range(ndays, ndays - 7, -1):
        if calendar.weekday(year, month, d) == weekday:
            return d
print("last Monday of May 2024:", last_weekday(2024, 5, calendar.MONDAY))
print("last Sunday of Oct 2024:", last_weekday(2024, 10, calendar.SUNDAY))
