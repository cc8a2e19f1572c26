# importlib for the mpsandbox guest: CPython 3.11's import_module, reload and
# invalidate_caches over MicroPython's import statement (there is no importlib._bootstrap:
# finders and loaders are not pluggable), and importlib.util/machinery for the parts
# programs use (find_spec, spec_from_file_location, module_from_spec).
import sys as _sys

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError("module name must be str, not {}".format(type(name)))
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        elif not package:
            raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")


def _gcd_import(name, package=None, level=0):
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    module = _sys.modules.get(name)
    if module is not None:
        return module
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        if getattr(e, "name", None) is None:
            try:
                e.name = name.partition(".")[0] if not e.args or "'" not in str(e) else str(e).split("'")[1]
            except (AttributeError, TypeError):
                pass
        raise
    return _sys.modules[name]


def import_module(name, package=None):
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def invalidate_caches():
    pass


def reload(module):
    # The module's code runs again in its own namespace, which stays the same object.
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if type(module) is not type(_sys):
        raise TypeError("reload() argument must be a module")
    if _sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    del _sys.modules[name]
    try:
        __import__(name)
        new = _sys.modules[name]
    except BaseException:
        _sys.modules[name] = module
        raise
    if new is not module:
        module.__dict__.update(new.__dict__)
        _sys.modules[name] = module
    return module
