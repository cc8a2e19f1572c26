# Total timesheet hours per employee, including overnight shifts and overtime
from datetime import datetime, timedelta
from collections import defaultdict

entries = [
    ("ana", "2024-05-06", "08:58", "17:05"),
    ("ana", "2024-05-07", "09:10", "18:40"),
    ("ana", "2024-05-08", "09:00", "12:30"),
    ("ana", "2024-05-08", "13:15", "19:45"),
    ("raj", "2024-05-06", "22:00", "06:30"),
    ("raj", "2024-05-07", "22:15", "07:00"),
    ("raj", "2024-05-09", "21:45", "06:15"),
    ("lee", "2024-05-06", "07:00", "15:30"),
    ("lee", "2024-05-11", "10:00", "14:00"),
]

def shift_length(day: str, start: str, end: str) -> timedelta:
    s = datetime.strptime(f"{day} {start}", "%Y-%m-%d %H:%M")
    e = datetime.strptime(f"{day} {end}", "%Y-%m-%d %H:%M")
    if e <= s:
        e += timedelta(days=1)
    return e - s

totals = defaultdict(timedelta)
daily = defaultdict(timedelta)
weekend = defaultdict(timedelta)
for who, day, start, end in entries:
    length = shift_length(day, start, end)
    totals[who] += length
    daily[(who, day)] += length
    if datetime.strptime(day, "%Y-%m-%d").weekday() >= 5:
        weekend[who] += length
    print(f"{who:<4} {day} {start}-{end} -> {length}")

print()
for who in sorted(totals):
    hours = totals[who].total_seconds() / 3600
    overtime = sum((max(td - timedelta(hours=8), timedelta()) for (w, _), td in daily.items() if w == who),
                   timedelta())
    print(f"{who:<4} total {str(totals[who]):>8} = {hours:6.2f} h; daily overtime {overtime}; weekend {weekend[who]}")

longest = max(daily.items(), key=lambda kv: kv[1])
print("longest day:", longest[0], longest[1])
pay_rate = {"ana": 31.5, "raj": 28.0, "lee": 25.25}
for who, td in sorted(totals.items()):
    print(f"pay {who}: ${td.total_seconds() / 3600 * pay_rate[who]:,.2f}")
