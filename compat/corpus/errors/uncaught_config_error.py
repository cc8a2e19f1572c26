# Config loader that reports progress and then dies with an uncaught custom exception
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key


REQUIRED = {"host": str, "port": int, "workers": int}


def load(pairs):
    cfg = {}
    for line in pairs:
        key, _, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if key not in REQUIRED:
            print(f"ignoring unknown key {key!r}")
            continue
        try:
            cfg[key] = REQUIRED[key](value)
        except ValueError:
            raise ConfigError(key, f"expected {REQUIRED[key].__name__}, got {value!r}") from None
        print(f"loaded {key} = {cfg[key]!r}")
    missing = [k for k in REQUIRED if k not in cfg]
    if missing:
        raise ConfigError(missing[0], "missing required setting")
    return cfg


print(load(["host = db.local", "port = 5432", "workers = 4"]))
try:
    load(["host = x", "port = http"])
except ConfigError as e:
    print("recovered from:", e, "| key:", e.key)

print("loading production config...")
load(["host = prod.local", "debug = true", "port = 443"])
print("never printed")
