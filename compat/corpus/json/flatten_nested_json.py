# Flatten nested JSON documents into dotted-key rows suitable for a CSV export
import json

DOC = """
[
  {"id": 1, "user": {"name": "Ana", "address": {"city": "Lisbon", "zip": "1000"}},
   "roles": ["admin", "dev"], "active": true},
  {"id": 2, "user": {"name": "Bo", "address": {"city": "Oslo"}}, "roles": [], "active": false,
   "extra": {"score": 9.5, "flags": {"beta": true}}}
]
"""

def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(obj, list):
        if not obj:
            out[prefix[:-1]] = []
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}{i}."))
    else:
        out[prefix[:-1]] = obj
    return out

records = json.loads(DOC)
flat = [flatten(r) for r in records]
for row in flat:
    print(json.dumps(row))

columns = []
for row in flat:
    for key in row:
        if key not in columns:
            columns.append(key)
print("\ncolumns:", columns)
print(",".join(columns))
for row in flat:
    print(",".join("" if c not in row else json.dumps(row[c]) for c in columns))
