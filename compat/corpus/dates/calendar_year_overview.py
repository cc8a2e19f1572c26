# Print a compact year calendar and per-month weekend counts
import calendar

print(calendar.TextCalendar().formatyear(2024, w=2, l=1, c=3, m=4))

print("Weekend days per month in 2024:")
totals = {}
for m in range(1, 13):
    weekends = sum(1 for week in calendar.monthcalendar(2024, m) for d in week[5:] if d)
    totals[calendar.month_abbr[m]] = weekends
print(" ".join(f"{k}:{v}" for k, v in totals.items()))
print("total weekend days:", sum(totals.values()))
print("day names:", list(calendar.day_name))
print("abbreviated:", list(calendar.day_abbr))
print("month names:", list(calendar.month_name)[1:])
print("month_abbr[0] empty:", repr(calendar.month_abbr[0]))
