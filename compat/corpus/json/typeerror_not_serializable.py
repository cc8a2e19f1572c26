# Export report rows to JSON, forgetting that one field holds a datetime object
import json
from datetime import datetime

rows = [
    {"job": "nightly-backup", "status": "ok", "duration_s": 312.4},
    {"job": "reindex", "status": "failed", "duration_s": 45.0, "error": "disk full"},
]
print(json.dumps(rows, indent=2))
print("exported", len(rows), "rows")

summary = {
    "total": len(rows),
    "failed": [r["job"] for r in rows if r["status"] != "ok"],
    "avg_duration": round(sum(r["duration_s"] for r in rows) / len(rows), 2),
}
print(json.dumps(summary))

rows.append({"job": "cleanup", "status": "ok", "finished_at": datetime(2024, 5, 5, 3, 0)})
print("adding a row with a timestamp and exporting again...")
print(json.dumps(rows))
