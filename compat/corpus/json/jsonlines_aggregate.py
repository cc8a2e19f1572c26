# Process a JSON Lines event log from a string and aggregate per-user metrics
import json
from collections import defaultdict

JSONL = """\
{"ts": 1700000000, "user": "u1", "event": "login"}
{"ts": 1700000060, "user": "u1", "event": "purchase", "amount": 19.99}
{"ts": 1700000075, "user": "u2", "event": "login"}
{"ts": 1700000100, "user": "u2", "event": "purchase", "amount": 5.5}
{"ts": 1700000130, "user": "u2", "event": "purchase", "amount": 120.0}
{"ts": 1700000200, "user": "u3", "event": "login"}
{"ts": 1700000260, "user": "u1", "event": "logout"}
{"ts": 1700000300, "user": "u3", "event": "purchase", "amount": 42.42}
"""

stats = defaultdict(lambda: {"events": 0, "purchases": 0, "spent": 0.0, "first": None, "last": None})
for line in JSONL.splitlines():
    rec = json.loads(line)
    s = stats[rec["user"]]
    s["events"] += 1
    s["first"] = rec["ts"] if s["first"] is None else min(s["first"], rec["ts"])
    s["last"] = rec["ts"] if s["last"] is None else max(s["last"], rec["ts"])
    if rec["event"] == "purchase":
        s["purchases"] += 1
        s["spent"] = round(s["spent"] + rec["amount"], 2)

for user, s in sorted(stats.items()):
    s["active_s"] = s["last"] - s["first"]
    print(json.dumps({"user": user, **s}))

out_lines = [json.dumps({"user": u, "spent": s["spent"]}, separators=(",", ":")) for u, s in stats.items()]
print("\n".join(out_lines))
top = max(stats, key=lambda u: stats[u]["spent"])
print(f"top spender: {top} ({stats[top]['spent']:.2f}); total revenue {sum(s['spent'] for s in stats.values()):.2f}")
