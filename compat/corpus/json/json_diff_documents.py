# Compute a structural diff between two JSON documents and print change paths
import json

old = json.loads("""{
  "name": "widget", "version": "1.2.0", "price": 9.99,
  "dimensions": {"w": 10, "h": 20, "d": 5},
  "tags": ["tools", "metal"],
  "stock": {"oslo": 12, "bergen": 0}
}""")
new = json.loads("""{
  "name": "widget", "version": "1.3.0", "price": 10.49,
  "dimensions": {"w": 10, "h": 22},
  "tags": ["tools", "steel", "sale"],
  "stock": {"oslo": 12, "bergen": 4, "tromso": 7},
  "discontinued": false
}""")

def diff(a, b, path="$"):
    changes = []
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(a.keys() | b.keys()):
            p = f"{path}.{k}"
            if k not in b:
                changes.append(("removed", p, a[k], None))
            elif k not in a:
                changes.append(("added", p, None, b[k]))
            else:
                changes += diff(a[k], b[k], p)
    elif isinstance(a, list) and isinstance(b, list):
        for i in range(max(len(a), len(b))):
            p = f"{path}[{i}]"
            if i >= len(b):
                changes.append(("removed", p, a[i], None))
            elif i >= len(a):
                changes.append(("added", p, None, b[i]))
            else:
                changes += diff(a[i], b[i], p)
    elif a != b:
        changes.append(("changed", path, a, b))
    return changes

changes = diff(old, new)
symbols = {"added": "+", "removed": "-", "changed": "~"}
for kind, path, before, after in changes:
    if kind == "changed":
        print(f"{symbols[kind]} {path}: {json.dumps(before)} -> {json.dumps(after)}")
    else:
        print(f"{symbols[kind]} {path}: {json.dumps(after if kind == 'added' else before)}")
summary = {k: sum(1 for c in changes if c[0] == k) for k in symbols}
print(json.dumps(summary))
print("identical to itself:", diff(new, json.loads(json.dumps(new))) == [])
