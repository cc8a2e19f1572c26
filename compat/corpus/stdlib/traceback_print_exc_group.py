# Print tracebacks to stdout with print_exc/print_exception and a path-free TracebackException view
import traceback
import sys
import io


def level3():
    raise ValueError("deep problem")


def level2():
    level3()


def level1():
    try:
        level2()
    except ValueError as e:
        raise LookupError("wrapped") from e


try:
    level1()
except LookupError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    text = buf.getvalue()
    for line in text.splitlines():
        if line.startswith('  File "'):
            name = line.rsplit(", in ", 1)[-1]
            print(f"  <frame {name}>")
        elif not line.startswith("    "):
            print(line)

te = None
try:
    level3()
except ValueError as exc:
    te = traceback.TracebackException.from_exception(exc)
print("exc type:", te.exc_type.__name__)
print("frames:", [fs.name for fs in te.stack])
print("only:", list(te.format_exception_only()))

try:
    raise ExceptionGroup("batch failed", [ValueError("a"), TypeError("b"), KeyError("c")])
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
except* (TypeError, KeyError) as eg:
    print("other errors:", sorted(type(e).__name__ for e in eg.exceptions))

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [OSError(2)])])
print(len(eg.exceptions), eg.split(OSError)[0].exceptions[0].exceptions)
print(traceback.format_exception_only(eg)[0].strip())
try:
    raise KeyError("x")
except KeyError:
    traceback.print_exc(limit=0, file=sys.stdout)
