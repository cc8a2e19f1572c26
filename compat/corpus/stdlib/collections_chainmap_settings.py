# Layered configuration lookup with ChainMap (defaults < file < cli) and scoped overrides
from collections import ChainMap

defaults = {"color": "auto", "verbose": False, "jobs": 1, "output": "out/"}
from_file = {"jobs": 4, "output": "build/"}
from_cli = {"verbose": True}

settings = ChainMap(from_cli, from_file, defaults)
print("effective:", dict(sorted(settings.items())))
for key in sorted(settings):
    source = next(i for i, m in enumerate(settings.maps) if key in m)
    print(f"  {key:8} = {settings[key]!r:10} (layer {source})")

# scoped override: new_child creates a writable front layer
with_test = settings.new_child({"jobs": 1, "color": "never"})
print("test jobs:", with_test["jobs"], "outer jobs:", settings["jobs"])
with_test["extra"] = "x"
print("front layer:", with_test.maps[0])
print("parents is settings:", with_test.parents.maps == settings.maps)

# writes only go to the first map
settings["output"] = "dist/"
print("cli after write:", from_cli)
print("file untouched:", from_file)
del settings["output"]
print("after delete output ->", settings["output"])
try:
    del settings["jobs"]
except KeyError as e:
    print("KeyError on delete:", e)
print(len(settings), "keys;", "color" in settings, "missing" in settings)
print(settings.get("missing", "<none>"))
