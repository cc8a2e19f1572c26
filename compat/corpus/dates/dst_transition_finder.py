# Find DST transitions in 2024 for several zones by bisection over UTC instants
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

def offset_at(zone: ZoneInfo, t: datetime) -> timedelta:
    return t.astimezone(zone).utcoffset()

def find_transitions(zone: ZoneInfo, year: int):
    start = datetime(year, 1, 1, tzinfo=timezone.utc)
    end = datetime(year + 1, 1, 1, tzinfo=timezone.utc)
    step = timedelta(days=7)
    out = []
    t = start
    while t < end:
        nxt = min(t + step, end)
        if offset_at(zone, t) != offset_at(zone, nxt):
            lo, hi = t, nxt
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if offset_at(zone, mid) == offset_at(zone, lo):
                    lo = mid
                else:
                    hi = mid
            hi = hi.replace(microsecond=0)
            out.append((hi, offset_at(zone, lo), offset_at(zone, hi)))
        t = nxt
    return out

for name in ("Europe/Berlin", "America/New_York", "Asia/Tokyo"):
    zone = ZoneInfo(name)
    trans = find_transitions(zone, 2024)
    print(f"{name}: {len(trans)} transitions")
    for when, before, after in trans:
        local_before = (when - timedelta(seconds=1)).astimezone(zone)
        local_after = when.astimezone(zone)
        direction = "forward" if after > before else "back"
        print(f"  {when:%Y-%m-%d %H:%M:%S}Z  {local_before:%H:%M:%S %Z} -> {local_after:%H:%M:%S %Z}"
              f"  ({direction} {abs(after - before)})")

ny, berlin = ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin")
gaps = set()
t = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
while t.year == 2024:
    gaps.add((offset_at(berlin, t) - offset_at(ny, t)).total_seconds() / 3600)
    t += timedelta(days=1)
print("Berlin - New York hour differences seen in 2024:", sorted(gaps))
