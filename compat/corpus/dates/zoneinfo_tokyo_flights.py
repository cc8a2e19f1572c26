# Compute flight arrival local times and durations across time zones with zoneinfo
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

flights = [
    ("NH10", "Asia/Tokyo", datetime(2024, 3, 9, 11, 0), "America/New_York", timedelta(hours=12, minutes=50)),
    ("LH715", "Europe/Berlin", datetime(2024, 10, 26, 21, 40), "Asia/Tokyo", timedelta(hours=13, minutes=35)),
    ("UA960", "America/New_York", datetime(2024, 3, 30, 18, 15), "Europe/Berlin", timedelta(hours=8, minutes=5)),
    ("JL5", "America/New_York", datetime(2024, 11, 2, 23, 30), "Asia/Tokyo", timedelta(hours=14, minutes=10)),
]

for code, dep_zone, dep_local, arr_zone, duration in flights:
    dep = dep_local.replace(tzinfo=ZoneInfo(dep_zone))
    arr = (dep + duration).astimezone(ZoneInfo(arr_zone))
    # Wall-clock difference ignores zone change; compute apparent local difference too.
    apparent = arr.replace(tzinfo=None) - dep.replace(tzinfo=None)
    days = (arr.date() - dep.date()).days
    suffix = f" (+{days})" if days > 0 else (f" ({days})" if days < 0 else "")
    print(f"{code:<6} {dep:%a %d %b %H:%M %Z} {dep_zone.split('/')[1]:<9} -> "
          f"{arr:%a %d %b %H:%M %Z} {arr_zone.split('/')[1]:<9}{suffix}")
    print(f"       flight time {duration}, clock shows {apparent}, offset change "
          f"{arr.utcoffset() - dep.utcoffset()}")

layover_start = datetime(2024, 3, 31, 1, 30, tzinfo=ZoneInfo("Europe/Berlin"))
layover_end = datetime(2024, 3, 31, 4, 30, tzinfo=ZoneInfo("Europe/Berlin"))
print("layover wall-clock:", layover_end - layover_start)
print("layover real:", layover_end.astimezone(ZoneInfo("UTC")) - layover_start.astimezone(ZoneInfo("UTC")))
print("Tokyo has no DST:", {datetime(2024, m, 1, tzinfo=ZoneInfo("Asia/Tokyo")).utcoffset() for m in (1, 7)})
