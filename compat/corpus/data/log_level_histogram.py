# Parse log lines, count levels per service and show the most recent errors
import re
from collections import Counter, defaultdict

LOG = """\
2024-05-01 10:00:01 INFO  auth     user login ok uid=17
2024-05-01 10:00:04 WARN  billing  retrying charge id=993
2024-05-01 10:00:05 ERROR billing  card declined id=993
2024-05-01 10:01:12 INFO  search   query took 120ms
2024-05-01 10:02:00 DEBUG auth     token refreshed uid=17
2024-05-01 10:02:30 ERROR auth     invalid signature uid=42
2024-05-01 10:03:11 INFO  billing  invoice sent id=994
2024-05-01 10:04:45 WARN  search   slow query took 2300ms
2024-05-01 10:05:00 ERROR search   index unavailable
garbage line that does not match
2024-05-01 10:06:10 INFO  auth     user logout uid=17
"""

pattern = re.compile(r"^(\d{4}-\d\d-\d\d [\d:]{8}) (\w+)\s+(\w+)\s+(.*)$")
levels = Counter()
per_service = defaultdict(Counter)
errors = []
skipped = 0
for line in LOG.splitlines():
    m = pattern.match(line)
    if not m:
        skipped += 1
        continue
    ts, level, service, msg = m.groups()
    levels[level] += 1
    per_service[service][level] += 1
    if level == "ERROR":
        errors.append((ts, service, msg))

order = ["DEBUG", "INFO", "WARN", "ERROR"]
print("Level histogram:")
for lvl in order:
    print(f"  {lvl:<5} {levels[lvl]:>2} {'█' * levels[lvl]}")
print(f"Skipped {skipped} malformed line(s)")
print(f"\n{'service':<9}" + "".join(f"{l:>6}" for l in order))
for svc in sorted(per_service):
    print(f"{svc:<9}" + "".join(f"{per_service[svc][l]:>6}" for l in order))
print("\nLast two errors:")
for ts, svc, msg in errors[-2:]:
    print(f"  [{ts}] {svc}: {msg}")
durations = [int(d) for d in re.findall(r"took (\d+)ms", LOG)]
print("Query durations:", durations, "max:", max(durations))
