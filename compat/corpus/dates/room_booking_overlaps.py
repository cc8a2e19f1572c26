# Detect overlapping meeting room bookings and compute free slots for a day
from datetime import datetime, timedelta, time
from typing import NamedTuple

class Booking(NamedTuple):
    room: str
    who: str
    start: datetime
    end: datetime

def dt(s: str) -> datetime:
    return datetime.strptime("2024-09-16 " + s, "%Y-%m-%d %H:%M")

bookings = [
    Booking("Orion", "sales", dt("09:00"), dt("10:00")),
    Booking("Orion", "eng", dt("09:30"), dt("11:00")),
    Booking("Orion", "hr", dt("13:00"), dt("14:00")),
    Booking("Orion", "ops", dt("14:00"), dt("15:30")),
    Booking("Vega", "eng", dt("08:00"), dt("12:00")),
    Booking("Vega", "design", dt("11:45"), dt("12:15")),
    Booking("Vega", "exec", dt("16:00"), dt("17:30")),
]

def overlaps(a: Booking, b: Booking) -> bool:
    return a.start < b.end and b.start < a.end

print("Conflicts:")
for i, a in enumerate(bookings):
    for b in bookings[i + 1:]:
        if a.room == b.room and overlaps(a, b):
            shared = min(a.end, b.end) - max(a.start, b.start)
            print(f"  {a.room}: {a.who} {a.start:%H:%M}-{a.end:%H:%M} vs {b.who} {b.start:%H:%M}-{b.end:%H:%M} ({shared})")

day_start, day_end = datetime.combine(dt("00:00").date(), time(8)), datetime.combine(dt("00:00").date(), time(18))
for room in sorted({b.room for b in bookings}):
    busy = sorted((b.start, b.end) for b in bookings if b.room == room)
    merged = []
    for s, e in busy:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    free, cursor = [], day_start
    for s, e in merged:
        if s > cursor:
            free.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < day_end:
        free.append((cursor, day_end))
    used = sum((e - s for s, e in merged), timedelta())
    print(f"{room}: busy {used} ({used / (day_end - day_start):.0%}); free "
          + ", ".join(f"{s:%H:%M}-{e:%H:%M}" for s, e in free))
    long_enough = [f"{s:%H:%M}" for s, e in free if e - s >= timedelta(hours=1)]
    print(f"  1h+ slots start at: {long_enough}")
