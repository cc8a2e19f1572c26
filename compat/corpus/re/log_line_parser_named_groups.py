# Parse application log lines with a named-group regex and summarize by level
import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 12:00:01,123 [INFO] web.server: Listening on 0.0.0.0:8000
2024-03-01 12:00:05,456 [WARNING] web.auth: Failed login for user=alice ip=10.0.0.5
2024-03-01 12:00:07,001 [ERROR] db.pool: Timeout after 30s (attempt 3)
garbage line without structure
2024-03-01 12:01:00,999 [INFO] web.server: GET /index.html 200 12ms
2024-03-01 12:01:02,000 [ERROR] web.handler: ZeroDivisionError in /api/stats
2024-03-01 12:01:03,500 [DEBUG] cache: hit ratio 0.93
2024-03-01 12:01:09,250 [WARNING] web.auth: Failed login for user=bob ip=10.0.0.9
"""

LINE_RE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3}) "
    r"\[(?P<level>[A-Z]+)\] (?P<logger>[\w.]+): (?P<message>.*)$"
)

by_level = Counter()
by_logger = defaultdict(list)
unparsed = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE_RE.match(line)
    if not m:
        unparsed.append(lineno)
        continue
    rec = m.groupdict()
    by_level[rec["level"]] += 1
    by_logger[rec["logger"].split(".")[0]].append(rec["message"])
    if rec["level"] in ("ERROR", "WARNING"):
        print(f"{rec['time']}.{rec['ms']} {rec['level']:<7} {rec['logger']:<12} {rec['message']}")

print()
print("levels:", dict(sorted(by_level.items())))
for name in sorted(by_logger):
    print(f"{name}: {len(by_logger[name])} messages")
print("unparsed lines:", unparsed)

failed = re.findall(r"user=(\w+) ip=([\d.]+)", LOG)
print("failed logins:", failed)
durations = [int(d) for d in re.findall(r"\b(\d+)(?:ms|s)\b", LOG)]
print("durations:", durations)
