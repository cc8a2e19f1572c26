# Compute traffic statistics from Apache combined log lines parsed with regex
import re
from collections import Counter

LOG_LINES = r'''
127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08 [en] (Win98; I ;Nav)"
192.168.1.5 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 0 "-" "curl/7.68.0"
192.168.1.5 - - [10/Oct/2000:13:56:02 -0700] "GET /dashboard?tab=2 HTTP/1.1" 200 5120 "-" "curl/7.68.0"
10.0.0.7 - bob [10/Oct/2000:14:01:12 -0700] "GET /missing.html HTTP/1.1" 404 512 "-" "Mozilla/5.0 (X11; Linux x86_64)"
10.0.0.7 - bob [10/Oct/2000:14:01:13 -0700] "GET /apache_pb.gif HTTP/1.1" 304 - "-" "Mozilla/5.0 (X11; Linux x86_64)"
this line is corrupted
10.0.0.8 - - [10/Oct/2000:14:02:00 -0700] "DELETE /api/item/9 HTTP/1.1" 500 88 "-" "python-requests/2.31"
'''.strip().splitlines()

PATTERN = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>[^ ?"]+)(?:\?(?P<query>[^ "]*))? (?P<proto>HTTP/[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-) "(?P<referer>[^"]*)" "(?P<agent>[^"]*)"'
)

status_classes, paths, bytes_by_ip, bad = Counter(), Counter(), Counter(), 0
for line in LOG_LINES:
    m = PATTERN.fullmatch(line)
    if not m:
        bad += 1
        continue
    status_classes[m["status"][0] + "xx"] += 1
    paths[m["path"]] += 1
    bytes_by_ip[m["ip"]] += 0 if m["size"] == "-" else int(m["size"])
    hour = re.search(r":(\d{2}):\d{2}:\d{2}", m["ts"]).group(1)
    user = m["user"] if m["user"] != "-" else "anonymous"
    browser = re.match(r"[\w.-]+", m["agent"]).group()
    print(f"{m['method']:<6} {m['path']:<16} {m['status']} hour={hour} user={user:<9} agent={browser}")

print("\nstatus classes:", dict(sorted(status_classes.items())))
print("top paths:", paths.most_common(2))
print("bytes by ip:", dict(sorted(bytes_by_ip.items(), key=lambda kv: -kv[1])))
print("unparsed lines:", bad)
