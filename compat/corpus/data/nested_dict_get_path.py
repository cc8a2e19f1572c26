# Safely read and write deep paths in nested config dicts and lists
from typing import Any

config = {
    "service": {"name": "billing", "replicas": 3,
                "ports": [{"name": "http", "port": 8080}, {"name": "metrics", "port": 9100}]},
    "db": {"primary": {"host": "db-1.internal", "port": 5432}, "replicas": []},
    "features": {"beta": False},
}

def get_path(data: Any, path: str, default: Any = None) -> Any:
    cur = data
    for part in path.split("."):
        try:
            cur = cur[int(part)] if isinstance(cur, list) else cur[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return default
    return cur

def set_path(data: dict, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    cur = data
    for p in parents:
        cur = cur.setdefault(p, {})
    cur[last] = value

queries = ["service.name", "service.ports.1.port", "service.ports.5.port", "db.primary.host",
           "db.replicas.0", "features.beta", "features.beta.x", "missing.key"]
for q in queries:
    print(f"{q:<24} -> {get_path(config, q, '<missing>')!r}")

set_path(config, "features.dark_mode", True)
set_path(config, "cache.redis.ttl", 300)
print(config["features"], config["cache"])

def leaf_paths(d, prefix=""):
    for k, v in d.items():
        p = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from leaf_paths(v, p + ".")
        else:
            yield p
print(sorted(leaf_paths(config)))
