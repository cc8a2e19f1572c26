# Generator pipeline over web server log lines: parse, filter, enrich and aggregate lazily
import re
from collections import Counter

RAW_LOG = """\
10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 5120
10.0.0.2 - - [12/Mar/2024:10:00:02] "GET /api/users HTTP/1.1" 200 812
10.0.0.1 - - [12/Mar/2024:10:00:05] "POST /api/login HTTP/1.1" 401 64
garbage line that does not parse
10.0.0.3 - - [12/Mar/2024:10:01:10] "GET /static/app.js HTTP/1.1" 304 0
10.0.0.2 - - [12/Mar/2024:10:01:11] "GET /api/users/7 HTTP/1.1" 404 120
10.0.0.4 - - [12/Mar/2024:10:02:00] "DELETE /api/users/7 HTTP/1.1" 500 230
10.0.0.1 - - [12/Mar/2024:10:02:30] "GET /index.html HTTP/1.1" 200 5120
10.0.0.3 - - [12/Mar/2024:10:03:45] "POST /api/login HTTP/1.1" 200 98
"""

LINE_RE = re.compile(r'(?P<ip>\S+) - - \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) \S+" (?P<status>\d{3}) (?P<size>\d+)')

def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line

def parse(lines, errors):
    for lineno, line in lines:
        m = LINE_RE.match(line)
        if m is None:
            errors.append(lineno)
            continue
        rec = m.groupdict()
        rec["status"] = int(rec["status"])
        rec["size"] = int(rec["size"])
        yield rec

def enrich(records):
    for r in records:
        r["api"] = r["path"].startswith("/api/")
        r["class"] = f"{r['status'] // 100}xx"
        yield r

def only(records, pred):
    return (r for r in records if pred(r))

errors = []
pipeline = enrich(parse(read_lines(RAW_LOG), errors))
records = list(pipeline)
print("parsed:", len(records), "bad lines:", errors)
print("status classes:", sorted(Counter(r["class"] for r in records).items()))
failures = only(enrich(parse(read_lines(RAW_LOG), [])), lambda r: r["status"] >= 400)
for r in failures:
    print(f"  FAIL {r['status']} {r['method']:6} {r['path']} from {r['ip']}")
total_bytes = sum(r["size"] for r in records if not r["api"])
print("static bytes served:", total_bytes)
per_ip = Counter(r["ip"] for r in records)
print("requests per ip:", dict(sorted(per_ip.items())))
first_post = next((r for r in records if r["method"] == "POST"), None)
print("first POST at:", first_post["ts"] if first_post else None)
print("any 5xx:", any(r["status"] >= 500 for r in records), "all have size:", all("size" in r for r in records))
