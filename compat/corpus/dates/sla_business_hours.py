# Compute support ticket response times counting only business hours (Mon-Fri 9-17)
from datetime import datetime, timedelta, time

OPEN, CLOSE = time(9, 0), time(17, 0)

def business_seconds(start: datetime, end: datetime) -> float:
    total = 0.0
    day = start.date()
    while day <= end.date():
        if day.weekday() < 5:
            window_start = max(start, datetime.combine(day, OPEN))
            window_end = min(end, datetime.combine(day, CLOSE))
            if window_end > window_start:
                total += (window_end - window_start).total_seconds()
        day += timedelta(days=1)
    return total

tickets = [
    ("T-101", "2024-04-01 10:15", "2024-04-01 12:30", "high"),
    ("T-102", "2024-04-05 16:30", "2024-04-08 09:45", "normal"),
    ("T-103", "2024-04-06 12:00", "2024-04-08 10:00", "high"),
    ("T-104", "2024-04-02 08:00", "2024-04-03 16:00", "low"),
    ("T-105", "2024-04-03 17:30", "2024-04-04 08:59", "normal"),
]
SLA_HOURS = {"high": 2, "normal": 8, "low": 24}

breaches = 0
for tid, opened, answered, prio in tickets:
    o = datetime.strptime(opened, "%Y-%m-%d %H:%M")
    a = datetime.strptime(answered, "%Y-%m-%d %H:%M")
    bh = business_seconds(o, a) / 3600
    wall = (a - o).total_seconds() / 3600
    ok = bh <= SLA_HOURS[prio]
    breaches += not ok
    print(f"{tid} {prio:<6} opened {o:%a %H:%M} answered {a:%a %H:%M}: "
          f"wall {wall:6.2f}h business {bh:5.2f}h {'OK' if ok else 'BREACH'}")
print(f"breaches: {breaches}/{len(tickets)}")
