# Parse access logs with re named groups, finditer, sub with callbacks and verbose patterns
import re
from collections import Counter

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - alice [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 128
192.168.1.10 - - [10/Oct/2023:13:56:01 +0000] "GET /static/app.js?v=3 HTTP/1.1" 304 -
172.16.0.2 - bob [10/Oct/2023:13:57:12 +0000] "DELETE /api/items/42 HTTP/2.0" 500 512
malformed line here
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s-\s(?P<user>\S+)\s
    \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+)\s[+-]\d{4}\]\s
    "(?P<method>[A-Z]+)\s(?P<path>[^\s?]+)(?:\?(?P<query>\S*))?\s(?P<proto>[^"]+)"\s
    (?P<status>\d{3})\s(?P<size>\d+|-)
""", re.VERBOSE)

statuses = Counter()
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print(f"line {n}: no match")
        continue
    d = m.groupdict()
    size = 0 if d["size"] == "-" else int(d["size"])
    statuses[d["status"][0] + "xx"] += 1
    print(f"{d['ip']:>14} {d['user']:5} {d['method']:6} {d['path']:18} q={d['query']} {d['status']} {size}")
print(sorted(statuses.items()))

text = "Contact: ann@example.com, bob.smith@mail.example.org; invalid@; x@y.io"
emails = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
print(emails)
print(re.sub(r"(?P<user>[\w.+-]+)@(?P<dom>[\w.-]+)", lambda m: m["user"][0] + "***@" + m["dom"], text))
print(re.sub(r"(\d+)/(\d+)/(\d{4})", r"\3-\2-\1", "due 31/12/2024 or 01/02/2025"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.split(r"(-)", "1-2-3", maxsplit=1))
print([m.span() for m in re.finditer(r"\bthe\b", "the other then the end", re.I)])
print(re.fullmatch(r"[A-Z]{2}\d{4}", "AB1234") is not None, re.search(r"^\d+$", "12\n34", re.M).group())
print(re.subn(r"\s+", " ", "too   many \t spaces\n here"), re.escape("a.b*c?"))
pat = re.compile(r"(?i)(?P<word>colou?r)")
print(pat.pattern, pat.groupindex, [m["word"] for m in pat.finditer("Color colour COLOR")])
