# Safe sys introspection: argv length, recursion limit, stdout writes, exc_info, modules and getsizeof checks
import sys

print("argv entries:", len(sys.argv))
print("recursion limit positive:", sys.getrecursionlimit() > 100)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print("new limit:", sys.getrecursionlimit())
sys.setrecursionlimit(old)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("depth 500:", depth(500))
try:
    depth(10**6)
except RecursionError as e:
    print("RecursionError:", str(e)[:35])

sys.stdout.write("written via sys.stdout.write\n")
print("to stdout explicitly", file=sys.stdout)
print("byteorder valid:", sys.byteorder in ("little", "big"))
print("int max str digits positive:", sys.get_int_max_str_digits() >= 0)
print("float epsilon:", sys.float_info.epsilon, "mant_dig:", sys.float_info.mant_dig)
print("hash width sensible:", sys.hash_info.width in (32, 64))
print("colorsys loaded before import:", "colorsys" in sys.modules)
import colorsys  # noqa: E402
print("colorsys loaded after import:", "colorsys" in sys.modules, sys.modules["colorsys"] is colorsys)
print("builtins is module:", type(sys.modules["builtins"]).__name__)

try:
    raise KeyError("inner")
except KeyError:
    etype, value, tb = sys.exc_info()
    print("exc_info:", etype.__name__, value, tb is not None)
print("outside handler:", sys.exc_info() == (None, None, None))
print("intern identical:", sys.intern("hello world!") is sys.intern("hello " + "world!"))
print("refcount-ish > 0:", sys.getrefcount(object()) > 0)
print("stdin/out names:", sys.stdout.name if hasattr(sys.stdout, "name") else "?", sys.stderr.name)
print("flags optimize:", sys.flags.optimize, "dont_write_bytecode type:", type(sys.flags.dont_write_bytecode).__name__)
print("path is list:", isinstance(sys.path, list), "implementation name is str:", isinstance(sys.implementation.name, str))
print("exit code via SystemExit:", end=" ")
try:
    sys.exit(3)
except SystemExit as e:
    print(e.code)
