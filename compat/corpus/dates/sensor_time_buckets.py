# Bucket irregular sensor timestamps into 15-minute windows and fill gaps
from datetime import datetime, timedelta
from statistics import mean

readings = [
    ("2024-02-10T08:01:12", 21.4), ("2024-02-10T08:07:45", 21.6), ("2024-02-10T08:14:59", 21.9),
    ("2024-02-10T08:15:00", 22.1), ("2024-02-10T08:29:30", 22.4), ("2024-02-10T09:02:10", 23.0),
    ("2024-02-10T09:05:00", 23.1), ("2024-02-10T09:44:44", 22.7), ("2024-02-10T09:59:59.999", 22.5),
]
WINDOW = timedelta(minutes=15)

def floor_time(dt: datetime, delta: timedelta) -> datetime:
    midnight = dt.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + (dt - midnight) // delta * delta

buckets: dict[datetime, list[float]] = {}
for ts, value in readings:
    dt = datetime.fromisoformat(ts)
    buckets.setdefault(floor_time(dt, WINDOW), []).append(value)

start = min(buckets)
end = max(buckets)
t = start
last_value = None
print(f"{'window':<13}{'n':>3}{'mean':>8}{'min':>7}{'max':>7}")
while t <= end:
    vals = buckets.get(t)
    label = f"{t:%H:%M}-{t + WINDOW:%H:%M}"
    if vals:
        last_value = mean(vals)
        print(f"{label:<13}{len(vals):>3}{last_value:>8.2f}{min(vals):>7}{max(vals):>7}")
    else:
        print(f"{label:<13}{0:>3}{last_value:>8.2f}  (filled forward)")
    t += WINDOW

hourly = {}
for ts, value in readings:
    dt = datetime.fromisoformat(ts)
    hourly.setdefault(dt.replace(minute=0, second=0, microsecond=0), []).append(value)
for hour, vals in hourly.items():
    print(f"hour {hour:%H}:00 avg {mean(vals):.3f} over {len(vals)} readings")
print("floor examples:", floor_time(datetime(2024, 2, 10, 23, 59, 59), timedelta(hours=6)),
      floor_time(datetime(2024, 2, 10, 10, 10), timedelta(minutes=7)))
