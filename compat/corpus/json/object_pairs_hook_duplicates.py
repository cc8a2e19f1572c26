# Detect duplicate keys in JSON objects using object_pairs_hook, and preserve key order
import json
from collections import OrderedDict

TEXT = '{"name": "svc", "port": 80, "env": {"A": 1, "B": 2, "A": 3}, "port": 8080}'

print("default loads keeps last value:", json.loads(TEXT))

def reject_duplicates(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise ValueError(f"duplicate key {k!r}: {seen[k]!r} then {v!r}")
        seen[k] = v
    return seen

try:
    json.loads(TEXT, object_pairs_hook=reject_duplicates)
except ValueError as e:
    print("rejected:", e)

def collect_duplicates(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            prev = out[k]
            out[k] = prev + [v] if isinstance(prev, list) else [prev, v]
        else:
            out[k] = v
    return out

print("collected:", json.loads(TEXT, object_pairs_hook=collect_duplicates))
od = json.loads('{"z": 1, "y": 2, "x": 3}', object_pairs_hook=OrderedDict)
print(type(od).__name__, list(od.items()))
pairs_only = json.loads('{"b": 1, "a": {"d": 2, "c": 3}}', object_pairs_hook=list)
print("raw pairs:", pairs_only)
