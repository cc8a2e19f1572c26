# Python modules frozen into the guest as bytecode (guest/Makefile FROZEN_MANIFEST), and
# into the native reference build (tools/native/mpconfigvariant.mk), so both have the same
# library. All are written for mpsandbox (guest/lib); docs/COMPATIBILITY.md lists what each
# covers. Frozen modules cost nothing until imported: their bytecode stays in the
# interpreter's read-only data.
for name in (
    "abc",
    "base64",
    "bisect",
    "contextlib",
    "copy",
    "datetime",
    "fnmatch",
    "functools",
    "itertools",
    "operator",
    "string",
    "textwrap",
    "types",
    "zlib",
):
    module(name + ".py", base_path="lib")

# os: the built-in os extended with os.path (a package replaces an extensible built-in).
package("os", base_path="lib")
