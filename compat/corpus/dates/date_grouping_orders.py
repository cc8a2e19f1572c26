# Group order records by month, weekday and hour for a sales dashboard
from datetime import datetime
from collections import Counter, defaultdict
import calendar

ORDERS = """\
2024-01-03 09:15,34.50
2024-01-03 14:02,12.00
2024-01-06 11:45,89.99
2024-01-19 20:30,15.25
2024-02-02 08:05,42.00
2024-02-14 19:55,120.00
2024-02-14 21:10,75.50
2024-02-29 12:00,29.99
2024-03-01 09:40,18.75
2024-03-09 16:20,64.00
2024-03-15 13:13,33.33
2024-03-31 23:59,5.00
"""

orders = []
for line in ORDERS.splitlines():
    ts, amount = line.split(",")
    orders.append((datetime.strptime(ts, "%Y-%m-%d %H:%M"), float(amount)))

by_month = defaultdict(list)
for when, amount in orders:
    by_month[when.strftime("%Y-%m")].append(amount)
for month, amounts in sorted(by_month.items()):
    y, m = map(int, month.split("-"))
    print(f"{calendar.month_name[m]:<9} {y}: {len(amounts)} orders, total {sum(amounts):8.2f}, "
          f"avg {sum(amounts) / len(amounts):6.2f}, per day {sum(amounts) / calendar.monthrange(y, m)[1]:.2f}")

weekday_counts = Counter(when.strftime("%A") for when, _ in orders)
print("by weekday:")
for i, name in enumerate(calendar.day_name):
    print(f"  {name:<9} {'#' * weekday_counts[name]}")

part_of_day = Counter(("morning" if w.hour < 12 else "afternoon" if w.hour < 18 else "evening") for w, _ in orders)
print("part of day:", dict(sorted(part_of_day.items())))
busiest = max(by_month, key=lambda k: sum(by_month[k]))
print("busiest month:", busiest)
first, last = orders[0][0], orders[-1][0]
print(f"period: {first:%d %b} to {last:%d %b %Y}, {(last - first).days} days")
