# Compute next run times for simple cron-like schedules starting from a fixed instant
from datetime import datetime, timedelta

def parse_field(field: str, lo: int, hi: int) -> set[int]:
    values = set()
    for part in field.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/")
            step = int(s)
        if part == "*":
            a, b = lo, hi
        elif "-" in part:
            a, b = map(int, part.split("-"))
        else:
            a = b = int(part)
        values.update(range(a, b + 1, step))
    return values

def next_runs(expr: str, start: datetime, count: int) -> list[datetime]:
    minute, hour, dom, month, dow = expr.split()
    mins, hours = parse_field(minute, 0, 59), parse_field(hour, 0, 23)
    doms, months = parse_field(dom, 1, 31), parse_field(month, 1, 12)
    dows = {d % 7 for d in parse_field(dow, 0, 7)}
    t = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
    out = []
    while len(out) < count:
        cron_dow = (t.weekday() + 1) % 7  # cron: 0 = Sunday
        if t.month not in months or t.day not in doms or cron_dow not in dows:
            t = t.replace(hour=0, minute=0) + timedelta(days=1)
            continue
        if t.hour not in hours:
            t = t.replace(minute=0) + timedelta(hours=1)
            continue
        if t.minute in mins:
            out.append(t)
        t += timedelta(minutes=1)
    return out

START = datetime(2024, 2, 27, 22, 47, 13)
schedules = {
    "*/15 * * * *": "every 15 minutes",
    "0 9 * * 1-5": "weekdays at 09:00",
    "30 2 1 * *": "monthly on the 1st at 02:30",
    "0 0 29 2 *": "leap day midnight",
    "0 */6 * * 0,6": "weekends every 6 hours",
}
print("from", START)
for expr, desc in schedules.items():
    runs = next_runs(expr, START, 4)
    print(f"{expr:<15} {desc}")
    for r in runs:
        print(f"    {r:%a %Y-%m-%d %H:%M}  (+{r - START})")
