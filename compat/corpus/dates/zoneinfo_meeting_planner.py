# Find overlapping working hours for a team spread across Tokyo, Berlin and New York
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

team = {
    "Kenji": ZoneInfo("Asia/Tokyo"),
    "Anna": ZoneInfo("Europe/Berlin"),
    "Mike": ZoneInfo("America/New_York"),
}
WORK_START, WORK_END = 8, 18

def available(when_utc: datetime) -> dict:
    out = {}
    for name, tz in team.items():
        local = when_utc.astimezone(tz)
        out[name] = WORK_START <= local.hour < WORK_END and local.weekday() < 5
    return out

for day in (datetime(2024, 1, 17, tzinfo=timezone.utc), datetime(2024, 7, 17, tzinfo=timezone.utc)):
    print(f"== {day:%Y-%m-%d} ==")
    print(f"{'UTC':>5} " + " ".join(f"{n:>14}" for n in team) + "  all?")
    slots = []
    for hour in range(24):
        t = day + timedelta(hours=hour)
        avail = available(t)
        cells = []
        for name, tz in team.items():
            local = t.astimezone(tz)
            mark = "*" if avail[name] else " "
            cells.append(f"{local:%a %H:%M}{mark:>4}")
        ok = all(avail.values())
        if ok:
            slots.append(t)
        if hour % 3 == 0 or ok:
            print(f"{t:%H:%M} " + " ".join(f"{c:>14}" for c in cells) + ("  YES" if ok else ""))
    print("common slots:", [f"{s:%H:%M}Z" for s in slots] or "none")
    names = list(team)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            hours = [h for h in range(24) if all(available(day + timedelta(hours=h))[n] for n in (a, b))]
            span = f"{hours[0]:02d}:00Z-{hours[-1] + 1:02d}:00Z" if hours else "no overlap"
            print(f"  {a}+{b}: {len(hours)}h {span}")

meeting = datetime(2024, 3, 28, 15, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
print("Tokyo meeting", meeting.isoformat())
for name, tz in team.items():
    print(f"  {name}: {meeting.astimezone(tz):%Y-%m-%d %H:%M %Z}")
