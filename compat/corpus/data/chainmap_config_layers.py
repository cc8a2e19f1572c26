# Resolve configuration from layered sources with collections.ChainMap
from collections import ChainMap

defaults = {"host": "localhost", "port": 8000, "debug": False, "workers": 2, "log": "info"}
file_cfg = {"port": 8080, "workers": 4}
env_cfg = {"debug": True}
cli_cfg = {"log": "debug"}

config = ChainMap(cli_cfg, env_cfg, file_cfg, defaults)
for key in sorted(config):
    source = next(name for name, layer in zip(("cli", "env", "file", "defaults"), config.maps) if key in layer)
    print(f"{key:<8} = {config[key]!r:<12} (from {source})")

print("as dict:", dict(config))
config["workers"] = 8  # writes go to the first mapping
print("cli layer after write:", cli_cfg)
local = config.new_child({"port": 9999})
print("child port:", local["port"], "parent port:", local.parents["port"])
del config["workers"]
print("workers after delete:", config["workers"])
try:
    del config["host"]
except KeyError as exc:
    print("cannot delete from lower layer:", exc)
print("len:", len(config), "keys:", sorted(config.keys()))
