# Generate a 4-on/4-off shift rotation for crews and print a two-week roster
from datetime import date, time, datetime, timedelta
from itertools import cycle, islice

CREWS = ["A", "B", "C", "D"]
DAY_SHIFT = (time(6, 0), time(18, 0))
NIGHT_SHIFT = (time(18, 0), time(6, 0))
ROTATION_START = date(2024, 7, 1)

def crew_on(d: date, shift: str) -> str:
    offset = (d - ROTATION_START).days % 8
    pair = ("A", "C") if offset < 4 else ("B", "D")
    return pair[0] if shift == "day" else pair[1]

print(f"{'date':<15}{'day 06-18':>10}{'night 18-06':>13}")
for i in range(14):
    d = ROTATION_START + timedelta(days=i)
    print(f"{d:%a %Y-%m-%d}{crew_on(d, 'day'):>10}{crew_on(d, 'night'):>13}")

hours = {c: timedelta() for c in CREWS}
for i in range(28):
    d = ROTATION_START + timedelta(days=i)
    for shift, (start, end) in (("day", DAY_SHIFT), ("night", NIGHT_SHIFT)):
        s = datetime.combine(d, start)
        e = datetime.combine(d + timedelta(days=end <= start), end)
        hours[crew_on(d, shift)] += e - s
print("hours over 4 weeks:", {c: h.total_seconds() / 3600 for c, h in hours.items()})

handover = datetime.combine(date(2024, 7, 5), NIGHT_SHIFT[0])
print("handover at", handover, "from", crew_on(date(2024, 7, 5), "day"), "to", crew_on(date(2024, 7, 5), "night"))
oncall = list(islice(cycle(["ravi", "sofia", "tom"]), 6))
for week, person in enumerate(oncall):
    start = ROTATION_START + timedelta(weeks=week)
    print(f"on-call week of {start:%b %d}: {person}")
print("time compare:", time(6) < time(18), time(23, 59, 59, 999999) > time(0), time(12).isoformat())
