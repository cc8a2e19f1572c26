import importlib
import importlib.util
import sys

for name in ("json", "textwrap", "os.path", "no_such_module_xyz"):
    try:
        m = importlib.import_module(name)
        print(name, m.__name__, sys.modules[name] is m)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
print(importlib.import_module(".decoder", package="json").__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
spec = importlib.util.find_spec("json")
print(spec.name, spec.parent, spec.submodule_search_locations is not None)
print(importlib.util.find_spec("no_such_module_xyz"), importlib.util.resolve_name(".x", "pkg.sub"))
mod = importlib.import_module("textwrap")
print(importlib.reload(mod) is mod, hasattr(mod, "dedent"))
importlib.invalidate_caches()
