# Python modules frozen into the guest as bytecode (guest/Makefile FROZEN_MANIFEST), and
# into the native reference build (tools/native/mpconfigvariant.mk), so both have the same
# library. All are written for mpsandbox (guest/lib); docs/COMPATIBILITY.md lists what each
# covers. Frozen modules cost nothing until imported: their bytecode stays in the
# interpreter's read-only data.
for name in (
    "_abc",
    "_anext",
    "_asyncio_sandbox",
    "_codecs",
    "_collections",
    "_contextvars",
    "_csv",
    "_dummy_thread",
    "_locale",
    "_queue",
    "_operator",
    "_string",
    "_sys",
    "_weakref",
    "binascii",
    "io",
    "itertools",
    "linecache",
    "operator",
    "posix",
    "tempfile",
    "time",
    "traceback",
    "types",
    "uuid",
    "warnings",
    "weakref",
    "zlib",
):
    module(name + ".py", base_path="lib")

# os is the built-in os extended with os.path. _collections takes deque and
# OrderedDict from the built-in collections (ucollections) for CPython's collections.
package("os", base_path="lib")
package("importlib", base_path="lib")

# CPython 3.11's own modules (guest/stdlib/modules.txt), staged with our patches in
# build/cpython-lib by tools/build/cpython_lib.py; the build passes the directory in
# MPSANDBOX_CPYTHON_LIB.
import os as _os

_lib = _os.environ.get("MPSANDBOX_CPYTHON_LIB")
if not _lib:
    raise SystemExit("guest/manifest.py: MPSANDBOX_CPYTHON_LIB is not set")
_ours = {n[:-3] for n in _os.listdir("lib") if n.endswith(".py")}  # cwd: guest/
for _root, _dirs, _files in sorted(_os.walk(_lib)):
    _dirs.sort()
    for _name in sorted(_files):
        if not _name.endswith(".py"):
            continue
        _rel = _os.path.relpath(_os.path.join(_root, _name), _lib)
        if "/" not in _rel and _name[:-3] in _ours:
            raise SystemExit(f"guest/manifest.py: {_name} is both in guest/lib and guest/stdlib/modules.txt")
        module(_rel, base_path=_lib)
