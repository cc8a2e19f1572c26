# Analyse web server access log lines with re and collections: status codes, top paths, errors
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [12/Mar/2024:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
192.168.1.11 - - [12/Mar/2024:10:00:02 +0000] "GET /api/users HTTP/1.1" 200 830 "-" "curl/8.0"
10.0.0.5 - - [12/Mar/2024:10:00:02 +0000] "POST /api/login HTTP/1.1" 401 120 "-" "python-requests/2.31"
192.168.1.10 - - [12/Mar/2024:10:00:05 +0000] "GET /static/app.js HTTP/1.1" 304 0 "-" "Mozilla/5.0"
10.0.0.5 - - [12/Mar/2024:10:00:06 +0000] "POST /api/login HTTP/1.1" 401 120 "-" "python-requests/2.31"
10.0.0.5 - - [12/Mar/2024:10:00:07 +0000] "POST /api/login HTTP/1.1" 200 240 "-" "python-requests/2.31"
172.16.0.3 - - [12/Mar/2024:10:01:00 +0000] "GET /api/orders?id=7 HTTP/1.1" 500 64 "-" "Go-http-client/1.1"
192.168.1.11 - - [12/Mar/2024:10:01:03 +0000] "GET /api/users HTTP/1.1" 200 845 "-" "curl/8.0"
malformed line without the usual fields
172.16.0.3 - - [12/Mar/2024:10:01:09 +0000] "GET /api/orders?id=8 HTTP/1.1" 502 0 "-" "Go-http-client/1.1"
192.168.1.12 - - [12/Mar/2024:10:02:00 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
"""

PATTERN = re.compile(
    r'(?P<ip>\d+\.\d+\.\d+\.\d+) \S+ \S+ \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)'
)


def parse(log_text):
    entries, bad = [], 0
    for line in log_text.splitlines():
        m = PATTERN.match(line)
        if not m:
            bad += 1
            continue
        d = m.groupdict()
        d["status"] = int(d["status"])
        d["size"] = int(d["size"])
        d["path"] = d["path"].split("?", 1)[0]
        entries.append(d)
    return entries, bad


def main():
    entries, bad = parse(LOG)
    print(f"parsed {len(entries)} entries ({bad} malformed)")

    status_classes = Counter(f"{e['status'] // 100}xx" for e in entries)
    print("status classes:", dict(sorted(status_classes.items())))

    print("top paths:")
    for path, n in Counter(e["path"] for e in entries).most_common(3):
        print(f"  {n:>2}  {path}")

    bytes_by_ip = defaultdict(int)
    for e in entries:
        bytes_by_ip[e["ip"]] += e["size"]
    print("bytes served per client:")
    for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {ip:<15} {total:>6}")

    failed_logins = Counter(e["ip"] for e in entries if e["path"] == "/api/login" and e["status"] == 401)
    for ip, n in failed_logins.items():
        print(f"ALERT: {n} failed logins from {ip}")

    server_errors = [e for e in entries if e["status"] >= 500]
    print("server errors:")
    for e in server_errors:
        minute = e["ts"].split(":")[1:3]
        print(f"  {':'.join(minute)} {e['method']} {e['path']} -> {e['status']}")
    rate = len(server_errors) / len(entries) * 100
    print(f"error rate: {rate:.1f}%")


main()
