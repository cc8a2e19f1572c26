# Parse cron expressions and compute the next run times after a fixed reference datetime
from datetime import datetime, timedelta

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
ALIASES = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *"}
NAMES = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
         "oct": 10, "nov": 11, "dec": 12, "sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}


class CronError(ValueError):
    pass


def parse_field(text, name, lo, hi):
    values = set()
    for part in text.lower().split(","):
        part, _, step = part.partition("/")
        step = int(step) if step else 1
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            a, b = part.split("-")
            start, end = int(NAMES.get(a, a)), int(NAMES.get(b, b))
        else:
            start = int(NAMES.get(part, part))
            end = hi if step > 1 else start
        if not (lo <= start <= hi and lo <= end <= hi) or start > end:
            raise CronError(f"{name} value out of range in {text!r}")
        values.update(range(start, end + 1, step))
    return values


def parse(expr):
    expr = ALIASES.get(expr, expr)
    parts = expr.split()
    if len(parts) != 5:
        raise CronError(f"expected 5 fields, got {len(parts)}")
    return {name: parse_field(p, name, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}


def matches(spec, dt):
    cron_weekday = (dt.weekday() + 1) % 7  # Monday=1 ... Sunday=0
    return (dt.minute in spec["minute"] and dt.hour in spec["hour"] and dt.day in spec["day"]
            and dt.month in spec["month"] and cron_weekday in spec["weekday"])


def next_runs(expr, after, count=3, limit_days=400):
    spec = parse(expr)
    dt = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    runs, end = [], after + timedelta(days=limit_days)
    while len(runs) < count and dt < end:
        if dt.month not in spec["month"] or dt.day not in spec["day"]:
            dt = (dt + timedelta(days=1)).replace(hour=0, minute=0)
            continue
        if dt.hour not in spec["hour"]:
            dt = (dt + timedelta(hours=1)).replace(minute=0)
            continue
        if matches(spec, dt):
            runs.append(dt)
        dt += timedelta(minutes=1)
    return runs


REF = datetime(2024, 2, 27, 14, 37)
print("reference:", REF.strftime("%a %Y-%m-%d %H:%M"))
for expr in ["*/15 * * * *", "0 9 * * mon-fri", "30 2 29 feb *", "@monthly", "0 0 * * sun",
             "5 4,16 1-7 * 1", "0 0 31 apr *", "61 * * * *", "* * *"]:
    try:
        runs = next_runs(expr, REF)
    except CronError as e:
        print(f"{expr:<16} invalid: {e}")
        continue
    shown = ", ".join(r.strftime("%a %m-%d %H:%M") for r in runs) or "never (within 400 days)"
    print(f"{expr:<16} {shown}")
