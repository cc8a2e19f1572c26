# import statements where a package has a module __getattr__, and None in sys.modules
import sys
import types

pkg = types.ModuleType("lazypkg")
pkg.__path__ = []


def _getattr(name):
    if name == "computed":
        return 42
    if name == "broken":
        raise KeyError(name)
    raise AttributeError(f"module 'lazypkg' has no attribute {name!r}")


pkg.__getattr__ = _getattr
sub = types.ModuleType("lazypkg.sub")
sub.value = "from the submodule"
sys.modules["lazypkg"] = pkg
sys.modules["lazypkg.sub"] = sub

from lazypkg import computed
print(computed)
from lazypkg import sub as s
print(s.value, s is sub)
try:
    from lazypkg import broken
except KeyError as e:
    print("KeyError", e)

# from a real package with a module __getattr__: unittest's submodules
from unittest import async_case
print(async_case.__name__)

# None in sys.modules blocks the import
sys.modules["blocked_mod"] = None
for stmt in ("import blocked_mod", "from blocked_mod import x", "from blocked_mod import *"):
    try:
        exec(stmt, {})
    except ImportError as e:
        print(type(e).__name__, e)

# a blocked accelerator: the pure-Python module falls back as it does without it
saved = sys.modules.pop("bisect", None)
sys.modules["_bisect"] = None
import bisect
print(bisect.bisect_left([1, 2, 3, 4], 3), bisect.insort is not None)
del sys.modules["_bisect"]

# from-import-* of an entry that is not a module
sys.modules["not_a_module"] = 5
try:
    exec("from not_a_module import *", {})
except ImportError as e:
    print(type(e).__name__, e)
