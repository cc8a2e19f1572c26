# Rebuild nested JSON from dotted keys (e.g. from env-style settings), creating lists for numeric parts
import json

flat = {
    "app.name": "ledger",
    "app.debug": "false",
    "db.hosts.0": "db-a",
    "db.hosts.1": "db-b",
    "db.pool.size": "10",
    "db.pool.timeout": "2.5",
    "features.0.name": "export",
    "features.0.enabled": "true",
    "features.1.name": "sso",
    "features.1.enabled": "false",
}

def coerce(v: str):
    try:
        return json.loads(v)
    except json.JSONDecodeError:
        return v

def unflatten(d: dict) -> dict:
    root: dict = {}
    for key, value in d.items():
        parts = key.split(".")
        cur = root
        for part, nxt in zip(parts, parts[1:]):
            container = [] if nxt.isdigit() else {}
            if isinstance(cur, list):
                idx = int(part)
                while len(cur) <= idx:
                    cur.append(None)
                if cur[idx] is None:
                    cur[idx] = container
                cur = cur[idx]
            else:
                cur = cur.setdefault(part, container)
        last = parts[-1]
        if isinstance(cur, list):
            idx = int(last)
            while len(cur) <= idx:
                cur.append(None)
            cur[idx] = coerce(value)
        else:
            cur[last] = coerce(value)
    return root

nested = unflatten(flat)
print(json.dumps(nested, indent=2))
print("pool size type:", type(nested["db"]["pool"]["size"]).__name__)
print("enabled features:", [f["name"] for f in nested["features"] if f["enabled"]])
