# Format durations for humans: compact, verbose, clock style and ISO 8601
from datetime import timedelta

def compact(td: timedelta) -> str:
    total = int(td.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        value, total = divmod(total, size)
        if value:
            parts.append(f"{value}{unit}")
    return sign + (" ".join(parts) or "0s")

def verbose(td: timedelta) -> str:
    secs = int(td.total_seconds())
    out = []
    for name, size in (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        n, secs = divmod(secs, size)
        if n:
            out.append(f"{n} {name}{'s' if n != 1 else ''}")
    if len(out) > 1:
        return ", ".join(out[:-1]) + " and " + out[-1]
    return out[0] if out else "no time"

def clock(td: timedelta) -> str:
    hours, rem = divmod(int(td.total_seconds()), 3600)
    minutes, seconds = divmod(rem, 60)
    ms = td.microseconds // 1000
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{ms:03d}"

def iso8601(td: timedelta) -> str:
    days = td.days
    hours, rem = divmod(td.seconds, 3600)
    minutes, seconds = divmod(rem, 60)
    date_part = f"{days}D" if days else ""
    time_part = "".join(f"{v}{u}" for v, u in ((hours, "H"), (minutes, "M"), (seconds, "S")) if v)
    return "P" + date_part + ("T" + time_part if time_part else "") if (date_part or time_part) else "PT0S"

samples = [timedelta(seconds=0), timedelta(seconds=59), timedelta(minutes=1), timedelta(seconds=3661),
           timedelta(hours=25, minutes=30), timedelta(days=3, seconds=7), timedelta(milliseconds=123456),
           timedelta(hours=100), timedelta(minutes=-90)]
print(f"{'str()':>20} | {'compact':>12} | {'clock':>13} | {'iso':>12} | verbose")
for td in samples:
    print(f"{str(td):>20} | {compact(td):>12} | {clock(td):>13} | {iso8601(td):>12} | {verbose(td)}")

race = [timedelta(hours=2, minutes=1, seconds=9), timedelta(hours=2, minutes=3, seconds=47, milliseconds=500),
        timedelta(hours=3, minutes=59, seconds=59)]
for place, t in enumerate(race, 1):
    gap = t - race[0]
    print(f"{place}. {clock(t)}  {'+' + compact(gap) if gap else 'winner'}")
