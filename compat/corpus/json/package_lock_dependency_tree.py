# Read a package-lock style JSON, print the dependency tree and find duplicated packages
import json
from collections import defaultdict

LOCK = """{
  "name": "web-app", "version": "1.0.0",
  "dependencies": {
    "express": {"version": "4.18.2", "requires": {"body-parser": "1.20.1", "debug": "2.6.9"}},
    "body-parser": {"version": "1.20.1", "requires": {"debug": "2.6.9", "qs": "6.11.0"}},
    "debug": {"version": "2.6.9", "requires": {"ms": "2.0.0"}},
    "ms": {"version": "2.0.0"},
    "qs": {"version": "6.11.0", "requires": {"side-channel": "1.0.4"}},
    "side-channel": {"version": "1.0.4"},
    "jest": {"version": "29.7.0", "dev": true, "requires": {"debug": "4.3.4"}},
    "debug@4": {"version": "4.3.4", "dev": true, "requires": {"ms": "2.1.2"}},
    "ms@2.1": {"version": "2.1.2", "dev": true}
  }
}"""

lock = json.loads(LOCK)
deps = lock["dependencies"]
index = {(k.split("@")[0], v["version"]): k for k, v in deps.items()}

def show(key, depth=0, seen=()):
    info = deps[key]
    name = key.split("@")[0]
    marker = " (dev)" if info.get("dev") else ""
    cycle = " [cycle]" if key in seen else ""
    print(f"{'  ' * depth}{name}@{info['version']}{marker}{cycle}")
    if cycle:
        return
    for child, ver in info.get("requires", {}).items():
        show(index[(child, ver)], depth + 1, seen + (key,))

print(f"{lock['name']}@{lock['version']}")
required = {index[(c, v)] for info in deps.values() for c, v in info.get("requires", {}).items()}
roots = [k for k in deps if k not in required]
for r in roots:
    show(r, 1)

versions = defaultdict(set)
for key, info in deps.items():
    versions[key.split("@")[0]].add(info["version"])
dupes = {n: sorted(v) for n, v in sorted(versions.items()) if len(v) > 1}
print("duplicated packages:", json.dumps(dupes))
prod = sorted(k for k, v in deps.items() if not v.get("dev"))
print(f"{len(prod)} production packages, {len(deps) - len(prod)} dev-only")
