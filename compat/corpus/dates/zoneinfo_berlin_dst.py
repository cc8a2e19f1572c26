# Walk across Europe/Berlin DST transitions in 2024 and show offsets and wall-clock times
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

berlin = ZoneInfo("Europe/Berlin")
print("zone:", berlin, repr(berlin))

# Spring forward: 2024-03-31 02:00 -> 03:00 local
start = datetime(2024, 3, 31, 0, 0, tzinfo=timezone.utc)
print("Around spring forward (UTC -> Berlin):")
for h in range(0, 4):
    u = start + timedelta(minutes=30 * h)
    local = u.astimezone(berlin)
    print(f"  {u:%H:%M}Z -> {local:%Y-%m-%d %H:%M %Z} ({local.utcoffset()}, dst={local.dst()})")

# Fall back: 2024-10-27 03:00 -> 02:00 local
start = datetime(2024, 10, 27, 0, 0, tzinfo=timezone.utc)
print("Around fall back (UTC -> Berlin):")
for h in range(0, 5):
    u = start + timedelta(minutes=30 * h)
    local = u.astimezone(berlin)
    print(f"  {u:%H:%M}Z -> {local:%H:%M %Z} fold={local.fold} offset={local.utcoffset()}")

winter = datetime(2024, 1, 15, 12, 0, tzinfo=berlin)
summer = datetime(2024, 7, 15, 12, 0, tzinfo=berlin)
print("winter:", winter.isoformat(), winter.tzname())
print("summer:", summer.isoformat(), summer.tzname())
print("noon-to-noon across spring DST:", datetime(2024, 3, 31, 12, tzinfo=berlin) - datetime(2024, 3, 30, 12, tzinfo=berlin))
a = datetime(2024, 3, 30, 12, tzinfo=berlin).astimezone(timezone.utc)
b = datetime(2024, 3, 31, 12, tzinfo=berlin).astimezone(timezone.utc)
print("real elapsed:", b - a)
print("wall-clock +1 day:", datetime(2024, 3, 30, 12, tzinfo=berlin) + timedelta(days=1))
