# Lazy generator pipelines over log lines with itertools and generator expressions
import itertools
import re

LOG = """\
10:00:01 INFO  api    request id=1 path=/users ms=12
10:00:02 INFO  api    request id=2 path=/orders ms=250
10:00:02 ERROR db     timeout id=2 ms=5000
10:00:03 INFO  api    request id=3 path=/users ms=8
10:00:04 WARN  cache  miss key=user:3
10:00:05 INFO  api    request id=4 path=/orders ms=310
10:00:05 ERROR api    crash id=4
10:00:06 INFO  api    request id=5 path=/health ms=1
"""

PATTERN = re.compile(r"(?P<ts>\S+) (?P<level>\w+)\s+(?P<comp>\w+)\s+(?P<msg>.*)")


def parse(lines):
    for line in lines:
        m = PATTERN.match(line)
        if m:
            rec = m.groupdict()
            rec["fields"] = dict(kv.split("=", 1) for kv in rec["msg"].split() if "=" in kv)
            yield rec


def only(level, records):
    return (r for r in records if r["level"] == level)


records = list(parse(LOG.splitlines()))
print("parsed:", len(records))
errors = list(only("ERROR", records))
print("errors:", [(e["comp"], e["fields"].get("id")) for e in errors])

slow = itertools.islice((r for r in records if int(r["fields"].get("ms", 0)) > 100), 2)
print("first 2 slow:", [r["fields"]["id"] for r in slow])

paths = sorted(r["fields"]["path"] for r in records if "path" in r["fields"])
print({p: len(list(g)) for p, g in itertools.groupby(paths)})

by_sec = itertools.groupby(records, key=lambda r: r["ts"])
busiest = max(((ts, len(list(g))) for ts, g in by_sec), key=lambda t: t[1])
print("busiest second:", busiest)

counter = itertools.count(1)
numbered = [f"{next(counter):02d}:{r['level'][0]}" for r in records]
print(" ".join(numbered))
levels = {r["level"] for r in records}
print(sorted(levels), list(itertools.islice(itertools.chain.from_iterable(r["fields"] for r in records), 5)))
print("any crash:", any("crash" in r["msg"] for r in records), "all have ts:", all(r["ts"] for r in records))
