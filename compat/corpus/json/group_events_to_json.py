# Group flat event rows into a nested JSON report (day -> service -> counts and samples)
import json
from collections import defaultdict

events = [
    ("2024-07-01", "api", "error", "timeout on /users"),
    ("2024-07-01", "api", "info", "deploy v42"),
    ("2024-07-01", "worker", "error", "job 17 crashed"),
    ("2024-07-02", "api", "error", "timeout on /orders"),
    ("2024-07-02", "api", "error", "timeout on /users"),
    ("2024-07-02", "db", "warning", "slow query 2.1s"),
    ("2024-07-02", "worker", "info", "queue drained"),
    ("2024-07-03", "db", "error", "replica lag 30s"),
]

report = defaultdict(lambda: defaultdict(lambda: {"counts": defaultdict(int), "errors": []}))
for day, service, level, msg in events:
    node = report[day][service]
    node["counts"][level] += 1
    if level == "error":
        node["errors"].append(msg)

print(json.dumps(report, indent=2))
summary = {
    day: {"services": len(svcs), "errors": sum(n["counts"]["error"] for n in svcs.values())}
    for day, svcs in report.items()
}
print(json.dumps(summary))
worst = max(summary, key=lambda d: summary[d]["errors"])
print("worst day:", worst)
repeated = defaultdict(int)
for _, _, level, msg in events:
    if level == "error":
        repeated[msg] += 1
print(json.dumps({m: n for m, n in repeated.items() if n > 1}))
