# Deep-merge JSON config documents: dicts merge recursively, lists append-unique, scalars override
import json

base = json.loads("""{
  "server": {"host": "0.0.0.0", "port": 80, "tls": {"enabled": false}},
  "plugins": ["auth", "metrics"],
  "logging": {"level": "info", "handlers": ["console"]},
  "retries": 3
}""")

override = json.loads("""{
  "server": {"port": 443, "tls": {"enabled": true, "cert": "/etc/cert.pem"}},
  "plugins": ["metrics", "cache"],
  "logging": {"level": "warning"},
  "retries": null,
  "region": "eu-north-1"
}""")

def deep_merge(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        out = dict(a)
        for k, v in b.items():
            out[k] = deep_merge(a[k], v, f"{path}/{k}") if k in a else v
        return out
    if isinstance(a, list) and isinstance(b, list):
        return a + [x for x in b if x not in a]
    if b is None:
        print(f"  note: {path} set to null, keeping {a!r}")
        return a
    if a != b:
        print(f"  override {path}: {a!r} -> {b!r}")
    return b

merged = deep_merge(base, override)
print(json.dumps(merged, indent=2, sort_keys=True))
print("base untouched:", base["server"]["port"], base["plugins"])
