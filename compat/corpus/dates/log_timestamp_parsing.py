# Parse timestamps from mixed-format log lines and compute request durations
import re
from datetime import datetime, timezone, timedelta

LOG = """\
127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
127.0.0.1 - - [10/Oct/2023:13:55:38 +0000] "POST /api/login HTTP/1.1" 302 0
2023-10-10T13:56:01.250Z INFO worker-1 job=42 started
2023-10-10T13:56:04.900Z INFO worker-1 job=42 finished
Oct 10 13:57:12 host sshd[811]: Accepted publickey for deploy
10/Oct/2023:15:57:30 +0200 app ERROR timeout after 30s
2023-10-10 13:58:00,123 WARNING disk usage 91%
"""

PATTERNS = [
    (re.compile(r"\[(\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})\]"), "%d/%b/%Y:%H:%M:%S %z"),
    (re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+Z)"), None),
    (re.compile(r"^(\w{3} \d{1,2} \d{2}:\d{2}:\d{2})"), "%b %d %H:%M:%S"),
    (re.compile(r"^(\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4})"), "%d/%b/%Y:%H:%M:%S %z"),
    (re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3})"), "%Y-%m-%d %H:%M:%S,%f"),
]

def parse(line: str):
    for rx, fmt in PATTERNS:
        m = rx.search(line)
        if not m:
            continue
        raw = m.group(1)
        if fmt is None:
            return datetime.fromisoformat(raw.replace("Z", "+00:00"))
        dt = datetime.strptime(raw, fmt)
        if dt.year == 1900:
            dt = dt.replace(year=2023)
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=timezone.utc)
        return dt
    return None

events = []
for line in LOG.splitlines():
    ts = parse(line)
    events.append((ts, line))
    print(f"{ts.astimezone(timezone.utc):%Y-%m-%d %H:%M:%S.%f}"[:-3], "|", line[:48])

events.sort(key=lambda e: e[0])
first, last = events[0][0], events[-1][0]
print("span:", last - first)
gaps = [(b[0] - a[0]).total_seconds() for a, b in zip(events, events[1:])]
print("gaps (s):", gaps)
print("job 42 duration:", events[3][0] - events[2][0])
by_minute = {}
for ts, _ in events:
    key = ts.astimezone(timezone.utc).strftime("%H:%M")
    by_minute[key] = by_minute.get(key, 0) + 1
print("events per minute:", by_minute)
