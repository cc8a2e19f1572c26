# Merge log entries recorded in different time zones into one UTC-ordered timeline
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

sources = {
    "tokyo-api": ("Asia/Tokyo", ["2024-11-03 14:59:58 deploy start", "2024-11-03 15:10:02 deploy done"]),
    "berlin-db": ("Europe/Berlin", ["2024-11-03 07:00:00 backup begin", "2024-11-03 07:05:30 backup end"]),
    "ny-web": ("America/New_York", ["2024-11-03 01:30:00 cache flush", "2024-11-03 01:45:00 traffic spike"]),
}

entries = []
for host, (zone_name, lines) in sources.items():
    zone = ZoneInfo(zone_name)
    for line in lines:
        stamp, message = line[:19], line[20:]
        local = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
        entries.append((local.astimezone(timezone.utc), host, local, message))

entries.sort()
print(f"{'UTC':<20} {'host':<10} {'local time':<28} message")
for utc_time, host, local, message in entries:
    print(f"{utc_time:%Y-%m-%d %H:%M:%S}  {host:<10} {local:%Y-%m-%d %H:%M:%S %Z}{'':<4} {message}")

first, last = entries[0][0], entries[-1][0]
print("timeline span:", last - first)
ny = ZoneInfo("America/New_York")
ambiguous = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
print("NY 01:30 on 2024-11-03 is ambiguous:",
      ambiguous.astimezone(timezone.utc).strftime("%H:%M"), "or",
      ambiguous.replace(fold=1).astimezone(timezone.utc).strftime("%H:%M"), "UTC")
print("offsets:", {h: e[2].strftime("%z") for e in entries for h in [e[1]]})
