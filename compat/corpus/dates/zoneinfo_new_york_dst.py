# America/New_York DST: nonexistent and ambiguous local times, fold, and UTC conversions
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ny = ZoneInfo("America/New_York")
utc = timezone.utc

def show(label: str, dt: datetime) -> None:
    u = dt.astimezone(utc)
    print(f"{label:<28} {dt.isoformat()} {dt.tzname()} fold={dt.fold} -> {u:%H:%M}Z")

# 2024-03-10: clocks jump from 02:00 to 03:00
show("before spring gap", datetime(2024, 3, 10, 1, 59, tzinfo=ny))
show("inside gap (fold=0)", datetime(2024, 3, 10, 2, 30, tzinfo=ny))
show("inside gap (fold=1)", datetime(2024, 3, 10, 2, 30, fold=1, tzinfo=ny))
show("after gap", datetime(2024, 3, 10, 3, 0, tzinfo=ny))

# 2024-11-03: 01:00-02:00 happens twice
show("ambiguous first (fold=0)", datetime(2024, 11, 3, 1, 30, tzinfo=ny))
show("ambiguous second (fold=1)", datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny))

print("hourly UTC -> New York on 2024-11-03:")
t = datetime(2024, 11, 3, 4, 0, tzinfo=utc)
for _ in range(5):
    local = t.astimezone(ny)
    print(f"  {t:%H:%M}Z = {local:%H:%M} {local.tzname()} (offset {local.utcoffset()})")
    t += timedelta(hours=1)

first = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
second = first.replace(fold=1)
print("fold-equal as wall times:", first == second)
print("real gap:", second.astimezone(utc) - first.astimezone(utc))
print("length of 2024-11-03 in NY:",
      datetime(2024, 11, 4, tzinfo=ny).astimezone(utc) - datetime(2024, 11, 3, tzinfo=ny).astimezone(utc))
print("length of 2024-03-10 in NY:",
      datetime(2024, 3, 11, tzinfo=ny).astimezone(utc) - datetime(2024, 3, 10, tzinfo=ny).astimezone(utc))
for month in (1, 4, 7, 10, 12):
    d = datetime(2024, month, 1, 12, tzinfo=ny)
    print(f"  2024-{month:02d}-01 noon: {d:%z %Z} dst={d.dst()}")
