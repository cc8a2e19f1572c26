# Layered configuration: deep-merge defaults, environment and CLI overrides with copy.deepcopy; pprint the result
import copy
import json
from pprint import pformat, pprint

DEFAULTS = {
    "service": {"name": "orders", "port": 8000, "workers": 2},
    "database": {"host": "localhost", "port": 5432, "options": {"sslmode": "prefer", "timeout": 10}},
    "features": ["healthcheck"],
    "logging": {"level": "INFO", "handlers": {"console": {"format": "plain"}}},
}
ENV_PROD = {
    "service": {"workers": 8},
    "database": {"host": "db.prod.internal", "options": {"sslmode": "require"}},
    "features": ["+metrics", "+tracing"],
    "logging": {"handlers": {"file": {"path": "/var/log/orders.log"}}},
}
CLI_ARGS = ["service.port=9000", "logging.level=DEBUG", "database.options.timeout=30", "features=-healthcheck"]


def deep_merge(base: dict, override: dict, path="") -> dict:
    result = copy.deepcopy(base)
    for key, value in override.items():
        here = f"{path}.{key}" if path else key
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value, here)
        elif isinstance(value, list) and isinstance(result.get(key), list):
            merged = list(result[key])
            for item in value:
                if item.startswith("+") and item[1:] not in merged:
                    merged.append(item[1:])
                elif item.startswith("-") and item[1:] in merged:
                    merged.remove(item[1:])
            result[key] = merged
        else:
            result[key] = copy.deepcopy(value)
    return result


def parse_cli(args):
    out: dict = {}
    for arg in args:
        dotted, _, raw = arg.partition("=")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        if dotted == "features":
            value = [value]
        node = out
        *parents, leaf = dotted.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return out


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v


layers = [("defaults", DEFAULTS), ("env:prod", ENV_PROD), ("cli", parse_cli(CLI_ARGS))]
config = {}
for name, layer in layers:
    config = deep_merge(config, layer)
print("effective config:")
pprint(config, width=72, sort_dicts=True)
print("defaults untouched:", DEFAULTS["database"]["options"] == {"sslmode": "prefer", "timeout": 10})
origin = {}
for name, layer in layers:
    for key, _ in flatten(layer):
        origin[key] = name
print("value origins:")
for key, value in sorted(flatten(config)):
    print(f"  {key:<32} = {value!r:<24} [{origin.get(key, 'defaults')}]")
shallow = copy.copy(config)
shallow["service"]["port"] = 1
print("shallow copy shares nested dicts:", config["service"]["port"] == 1)
print(pformat({"compact": True, "items": list(range(12))}, compact=True, width=40))
