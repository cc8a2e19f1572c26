# importlib.util for the mpsandbox guest: find_spec, spec_from_file_location,
# module_from_spec, resolve_name. find_spec of a module not imported yet imports it (there
# are no finders to ask without importing); None if it does not exist.
import sys as _sys
from importlib.machinery import ModuleSpec, SourceFileLoader
from importlib import _resolve_name


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} (required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _spec_of(module, name):
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) if spec is not None else None
    if origin is None:
        origin = getattr(module, "__file__", None) or "built-in"
    is_pkg = hasattr(module, "__path__")
    s = ModuleSpec(name, None, origin=origin, is_package=is_pkg)
    if is_pkg:
        path = module.__path__
        s.submodule_search_locations = [path] if isinstance(path, str) else list(path)
    s.has_location = origin not in ("built-in", "frozen")
    return s


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith(".") else name
    module = _sys.modules.get(fullname)
    if module is None:
        parent = fullname.rpartition(".")[0]
        if parent:
            __import__(parent)
        try:
            __import__(fullname)
        except ModuleNotFoundError as e:
            if fullname in str(e) or fullname.partition(".")[0] in str(e):
                return None
            raise
        module = _sys.modules.get(fullname)
        if module is None:
            return None
    else:
        spec = getattr(module, "__spec__", None)
        if spec is None and module is not _sys.modules.get("__main__"):
            pass
        elif spec is None:
            raise ValueError("{}.__spec__ is None".format(name))
    return _spec_of(module, fullname)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    if location is None:
        location = "<unknown>"
    location = str(location) if not isinstance(location, str) else location
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    module = None
    if spec.loader is not None and hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(_sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module
