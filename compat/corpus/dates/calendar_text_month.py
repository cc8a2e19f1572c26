# Render text calendars with calendar.month, TextCalendar and monthcalendar
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2024, 9, w=3, l=1))

sunday_cal = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(sunday_cal.formatmonth(2025, 3))
print("header:", repr(sunday_cal.formatweekheader(2)))

weeks = calendar.monthcalendar(2024, 12)
print("monthcalendar(2024, 12):")
for week in weeks:
    print("  ", week)

cal = calendar.Calendar()
workdays = [d for d in cal.itermonthdates(2024, 5) if d.month == 5 and d.weekday() < 5]
print("workdays in May 2024:", len(workdays), "first:", workdays[0], "last:", workdays[-1])
print("itermonthdays2 first week:", list(cal.itermonthdays2(2024, 5))[:7])

deadlines = {3: "report", 14: "review", 28: "release"}
print("Marked calendar, April 2024:")
for week in calendar.monthcalendar(2024, 4):
    cells = []
    for day in week:
        if day == 0:
            cells.append("    ")
        elif day in deadlines:
            cells.append(f"[{day:2}]")
        else:
            cells.append(f" {day:2} ")
    print("".join(cells))
