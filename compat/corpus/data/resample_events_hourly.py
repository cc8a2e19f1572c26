# Resample timestamped events into hourly buckets, filling empty hours with zero
from datetime import datetime, timedelta
from collections import Counter

events = """2024-06-01T08:05:12 click
2024-06-01T08:17:40 view
2024-06-01T08:59:59 click
2024-06-01T09:00:00 purchase
2024-06-01T11:30:05 view
2024-06-01T11:31:10 view
2024-06-01T11:45:00 click
2024-06-01T13:02:33 purchase
2024-06-01T13:10:00 view"""

parsed = []
for line in events.splitlines():
    ts, kind = line.split()
    parsed.append((datetime.fromisoformat(ts), kind))

buckets = Counter(ts.replace(minute=0, second=0) for ts, _ in parsed)
start = min(buckets)
end = max(buckets)
hour = start
print("hour   events  kinds")
while hour <= end:
    kinds = Counter(k for ts, k in parsed if ts.replace(minute=0, second=0) == hour)
    detail = ", ".join(f"{k}={n}" for k, n in sorted(kinds.items()))
    print(f"{hour:%H:%M}  {buckets[hour]:>6}  {detail or '-'}")
    hour += timedelta(hours=1)

gaps = [(b - a) for (a, _), (b, _) in zip(parsed, parsed[1:])]
longest = max(gaps)
print(f"longest gap between events: {longest} ({longest.total_seconds() / 60:.1f} min)")
first_purchase = next(ts for ts, k in parsed if k == "purchase")
print("first purchase at", first_purchase.isoformat(), "weekday:", first_purchase.strftime("%A"))
print("span:", parsed[-1][0] - parsed[0][0])
