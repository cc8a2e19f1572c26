# Convert fixed Unix timestamps to datetimes and back, all in UTC
from datetime import datetime, timezone, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
stamps = [0, 86400, 1_000_000_000, 1_234_567_890, 1_700_000_000, 2_147_483_647,
          1_718_000_000.5, -86400, 253402300799]
for ts in stamps:
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    print(f"{ts!r:>16} -> {dt.isoformat():<32} {dt:%a}")

dt = datetime(2024, 2, 29, 12, 34, 56, tzinfo=timezone.utc)
print("timestamp of", dt, "=", dt.timestamp())
print("via epoch subtraction:", (dt - EPOCH).total_seconds(), (dt - EPOCH) // timedelta(seconds=1))
print("millis:", int(dt.timestamp() * 1000))
ms = 1_709_210_096_789
print("from millis:", datetime.fromtimestamp(ms / 1000, tz=timezone.utc))
print("utcfromtimestamp (naive):", datetime.utcfromtimestamp(1_000_000_000))
print("Y2K38 overflow moment:", EPOCH + timedelta(seconds=2 ** 31))
offset = timezone(timedelta(hours=9))
print("same instant in +09:00:", datetime.fromtimestamp(1_700_000_000, tz=offset))
print("billennium days:", (datetime.fromtimestamp(1e9, timezone.utc) - EPOCH).days)
for label, seconds in [("1 hour", 3600), ("1 day", 86400), ("1 week", 604800), ("30 days", 2592000)]:
    print(f"epoch + {label:<8} = {EPOCH + timedelta(seconds=seconds):%Y-%m-%d %H:%M}")
