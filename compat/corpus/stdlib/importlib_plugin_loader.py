# Load stdlib modules by name with importlib.import_module for a plugin-style codec registry
import importlib
import importlib.util

PLUGINS = {
    "json": ("json", "dumps"),
    "b64": ("base64", "b64encode"),
    "quote": ("urllib.parse", "quote"),
    "sha": ("hashlib", "sha1"),
    "missing": ("no_such_module_xyz", "run"),
    "badattr": ("string", "no_such_function"),
}

loaded = {}
for key, (modname, attr) in PLUGINS.items():
    try:
        mod = importlib.import_module(modname)
        loaded[key] = getattr(mod, attr)
        print(f"{key:8} ok   {mod.__name__}.{attr}")
    except ModuleNotFoundError as e:
        print(f"{key:8} fail ModuleNotFoundError: {e.name}")
    except AttributeError as e:
        print(f"{key:8} fail AttributeError: {attr}")

print(loaded["json"]({"a": [1, 2]}))
print(loaded["b64"](b"plugin"))
print(loaded["quote"]("a b/c"))
print(loaded["sha"](b"x").hexdigest()[:10])

parse = importlib.import_module(".parse", package="urllib")
print(parse.__name__, parse is importlib.import_module("urllib.parse"))
print(importlib.util.find_spec("collections") is not None, importlib.util.find_spec("no_such_module_xyz"))
spec = importlib.util.find_spec("json")
print(spec.name, spec.parent, spec.submodule_search_locations is not None)
mod = importlib.import_module("textwrap")
print(mod.shorten("importlib makes dynamic imports simple and explicit", 30))
reloaded = importlib.reload(mod)
print(reloaded is mod, hasattr(reloaded, "dedent"))
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
