# Python modules frozen into the guest as bytecode (guest/Makefile FROZEN_MANIFEST), and
# into the native reference build (tools/native/mpconfigvariant.mk), so both have the same
# library. All are written for mpsandbox (guest/lib); docs/COMPATIBILITY.md lists what each
# covers. Frozen modules cost nothing until imported: their bytecode stays in the
# interpreter's read-only data.
for name in (
    "abc",
    "base64",
    "bisect",
    "collections",
    "contextlib",
    "copy",
    "datetime",
    "fnmatch",
    "functools",
    "hashlib",
    "heapq",
    "itertools",
    "keyword",
    "operator",
    "string",
    "textwrap",
    "types",
    "uuid",
    "weakref",
    "zlib",
):
    module(name + ".py", base_path="lib")

# collections, hashlib and heapq extend MicroPython's built-ins of the same name (re-exported
# through their `u` names); os is the built-in os extended with os.path.
package("os", base_path="lib")
