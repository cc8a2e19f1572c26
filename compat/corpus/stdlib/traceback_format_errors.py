# Format exceptions for user-facing error reports with traceback (no file paths in output)
import traceback
import sys


class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


def load(record):
    if "id" not in record:
        raise ValidationError("id", "missing")
    return int(record["id"])


def run(records):
    out = []
    for rec in records:
        try:
            out.append(load(rec))
        except (ValidationError, ValueError) as exc:
            line = traceback.format_exception_only(type(exc), exc)[-1].strip()
            print("error:", line)
    return out


print(run([{"id": "1"}, {}, {"id": "x"}, {"id": 4}]))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup layer failed") from e
except RuntimeError as exc:
    lines = traceback.format_exception(exc)
    summary = [l for l in lines if not l.startswith("  ")]
    print("".join(summary), end="")
    print("cause:", repr(exc.__cause__), "suppress_context:", exc.__suppress_context__)

try:
    [1, 2][5]
except IndexError as exc:
    tb = traceback.extract_tb(exc.__traceback__)
    print("frames:", [(f.name, f.line) for f in tb])
    print(traceback.format_exception_only(exc))

stack_names = [f.name for f in traceback.extract_stack()]
print("stack:", stack_names)
print("".join(traceback.format_exception_only(SyntaxError, SyntaxError("bad token", ("cfg.py", 3, 5, "x = = 1\n")))), end="")
e = ValueError("plain")
print(traceback.format_exception_only(type(e), e))
print(sys.exc_info())
