import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.monthrange(2024, 2))
print(calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_name[12], calendar.day_abbr[6], calendar.month_abbr[1])
print(list(calendar.day_name), list(calendar.month_abbr))
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2023, 12))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2025, 1, w=3))
print(calendar.calendar(2024)[:400])
print(list(calendar.Calendar().itermonthdates(2024, 3))[:3], calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(list(calendar.Calendar(6).itermonthdays2(2024, 3))[:8], calendar.firstweekday())
print(calendar.HTMLCalendar().formatmonth(2024, 5)[:200])
print(calendar.MONDAY, calendar.SATURDAY, list(calendar.Calendar().iterweekdays()))
for bad in ((2024, 13), (2024, 0)):
    try:
        calendar.monthrange(*bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print("ValueError", e)
