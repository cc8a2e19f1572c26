# Analyse a git log (text) with regex: commits per author, conventional-commit types, churn per file
import re
from collections import Counter, defaultdict

GIT_LOG = """\
commit 9f1c2ab
Author: Dana Wu <dana@example.com>
Date:   2024-03-04

    feat(api): add pagination to /orders

 src/api/orders.py | 42 ++++++++++++++++++++++++++---
 tests/test_orders.py | 30 ++++++++++++++++++
 2 files changed, 68 insertions(+), 4 deletions(-)

commit 77ab310
Author: Eli Cohen <eli@example.com>
Date:   2024-03-05

    fix(db): close cursor on error path

 src/db/pool.py | 6 ++++--
 1 file changed, 4 insertions(+), 2 deletions(-)

commit 41de002
Author: Dana Wu <dana@example.com>
Date:   2024-03-06

    refactor: extract pagination helper

 src/api/orders.py | 25 ++++---------
 src/api/pagination.py | 31 ++++++++++++++++++
 2 files changed, 37 insertions(+), 19 deletions(-)

commit 0c0ffee
Author: Maya Singh <maya@example.com>
Date:   2024-03-06

    fix!: reject negative quantities

 src/api/orders.py | 3 ++-
 1 file changed, 2 insertions(+), 1 deletion(-)

commit badcafe
Author: Eli Cohen <eli@example.com>
Date:   2024-03-07

    Update README

 README.md | 10 +++++++---
 1 file changed, 7 insertions(+), 3 deletions(-)
"""

COMMIT_RE = re.compile(r"^commit (?P<sha>[0-9a-f]{7})\nAuthor: (?P<name>.+?) <(?P<email>[^>]+)>\n"
                       r"Date:\s+(?P<date>\S+)\n\n\s+(?P<subject>.+?)\n\n(?P<stats>.*?)(?=^commit |\Z)",
                       re.M | re.S)
CONVENTIONAL = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[\w-]+)\))?(?P<breaking>!)?: (?P<desc>.+)$")
STAT_LINE = re.compile(r"^\s*(?P<file>\S+)\s+\|\s+(?P<n>\d+)\s+(?P<bar>[+-]*)$", re.M)
SUMMARY = re.compile(r"(\d+) insertions?\(\+\)(?:, (\d+) deletions?\(-\))?")

commits = []
for m in COMMIT_RE.finditer(GIT_LOG):
    conv = CONVENTIONAL.match(m["subject"])
    ins, dels = map(lambda x: int(x or 0), SUMMARY.search(m["stats"]).groups())
    commits.append({
        "sha": m["sha"], "author": m["name"], "date": m["date"], "subject": m["subject"],
        "type": conv["type"] if conv else "other", "scope": conv and conv["scope"],
        "breaking": bool(conv and conv["breaking"]), "ins": ins, "dels": dels,
        "files": {s["file"]: int(s["n"]) for s in STAT_LINE.finditer(m["stats"])},
    })

print(f"{len(commits)} commits parsed")
for c in commits:
    flag = " BREAKING" if c["breaking"] else ""
    print(f"  {c['sha']} {c['date']} {c['type']:<8} +{c['ins']:<3} -{c['dels']:<3} {c['subject']}{flag}")

by_author = defaultdict(lambda: [0, 0, 0])
for c in commits:
    a = by_author[c["author"]]
    a[0] += 1
    a[1] += c["ins"]
    a[2] += c["dels"]
print("by author:")
for name, (n, ins, dels) in sorted(by_author.items(), key=lambda kv: -kv[1][1]):
    print(f"  {name:<11} commits={n} +{ins} -{dels}")
print("commit types:", dict(Counter(c["type"] for c in commits).most_common()))
churn = Counter()
for c in commits:
    churn.update(c["files"])
print("hottest files:", churn.most_common(2))
scopes = sorted({c["scope"] for c in commits if c["scope"]})
print("scopes touched:", scopes)
bump = "major" if any(c["breaking"] for c in commits) else "minor" if any(c["type"] == "feat" for c in commits) else "patch"
print("suggested semver bump:", bump)
