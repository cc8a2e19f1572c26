# Render month calendars and compute business days with the calendar module (fixed dates only)
import calendar

cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(cal.formatmonth(2024, 2))
sunday_cal = calendar.TextCalendar(calendar.SUNDAY)
print(sunday_cal.formatmonth(2023, 12, w=3).rstrip())
print()
print("leap years 2000-2030:", [y for y in range(2000, 2031) if calendar.isleap(y)])
print("leapdays 1900-2024:", calendar.leapdays(1900, 2024))
print("Feb 2024:", calendar.monthrange(2024, 2), "Feb 2023:", calendar.monthrange(2023, 2))
print("weekday of 2024-07-04:", calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.month_abbr)[1:4], list(calendar.day_abbr))


def business_days(year, month, holidays=()):
    days = 0
    for week in calendar.Calendar().monthdatescalendar(year, month):
        for d in week:
            if d.month == month and d.weekday() < 5 and d.day not in holidays:
                days += 1
    return days


for m in (1, 2, 12):
    print(f"{calendar.month_name[m]} 2024 business days: {business_days(2024, m)}")
print("Dec 2024 minus 25/26:", business_days(2024, 12, holidays=(25, 26)))


def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n - 1] if n > 0 else days[n]


print("Thanksgiving 2024:", nth_weekday(2024, 11, calendar.THURSDAY, 4))
print("last Monday of May 2024:", nth_weekday(2024, 5, calendar.MONDAY, -1))
print(calendar.monthcalendar(2024, 9)[0], len(calendar.monthcalendar(2024, 9)))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
html = calendar.HTMLCalendar().formatmonth(2024, 3)
print(html.count("<tr>"), "table rows in HTML calendar")
