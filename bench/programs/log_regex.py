# Web server access log analysis with compiled regular expressions.
import re
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000

PATHS = ["/", "/index.html", "/api/v1/users", "/api/v1/users/42", "/static/app.js",
         "/static/style.css", "/login", "/api/v2/orders?page=3", "/favicon.ico"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.1.2", "python-requests/2.31",
          "Googlebot/2.1 (+http://www.google.com/bot.html)"]
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
STATUSES = [200, 200, 200, 200, 301, 304, 404, 500]


def make_log(n):
    s = 7
    for i in range(n):
        s = (s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        ip = "10.%d.%d.%d" % ((s >> 8) % 4, (s >> 16) % 16, (s >> 24) % 250 + 1)
        minute, second = (i // 60) % 60, i % 60
        yield '%s - - [12/Mar/2024:10:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "-" "%s"' % (
            ip, minute, second, METHODS[(s >> 32) % 6], PATHS[(s >> 36) % 9],
            STATUSES[(s >> 40) % 8], (s >> 44) % 50000, AGENTS[(s >> 50) % 4])


LINE = re.compile(r'(?P<ip>\d+(?:\.\d+){3}) \S+ \S+ \[(?P<ts>[^\]]+)\] '
                  r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+) '
                  r'"[^"]*" "(?P<agent>[^"]*)"')
API = re.compile(r"^/api/(v\d+)/(\w+)(?:/(\d+))?")
BOT = re.compile(r"bot|curl|python", re.I)

status_count = {}
bytes_by_path = {}
api_versions = {}
bots = 0
errors_by_ip = {}
for line in make_log(N):
    m = LINE.match(line)
    if m is None:
        continue
    status = int(m.group("status"))
    status_count[status] = status_count.get(status, 0) + 1
    path = m.group("path").split("?", 1)[0]
    bytes_by_path[path] = bytes_by_path.get(path, 0) + int(m.group("size"))
    a = API.match(path)
    if a:
        key = a.group(1) + ":" + a.group(2) + (":id" if a.group(3) else "")
        api_versions[key] = api_versions.get(key, 0) + 1
    if BOT.search(m.group("agent")):
        bots += 1
    if status >= 400:
        ip = m["ip"]
        errors_by_ip[ip] = errors_by_ip.get(ip, 0) + 1

print("statuses", sorted(status_count.items()))
print("top paths", sorted(bytes_by_path.items(), key=lambda kv: -kv[1])[:3])
print("api", sorted(api_versions.items()))
print("bots", bots)
worst = sorted(errors_by_ip.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("error ips", worst)
print("words", re.sub(r"[^a-z]+", " ", "Hello, World! It's 2024.".lower()).split())
