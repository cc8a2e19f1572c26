# Formatting tracebacks with traceback.format_exc/format_exception and hiding the file path
import sys
import traceback


def level3(data):
    return data["missing"]


def level2(data):
    return level3(data) + 1


def level1():
    return level2({"present": 1})


def sanitize(text):
    return text.replace(__file__, "<script>")


try:
    level1()
except KeyError:
    formatted = traceback.format_exc()
    print(sanitize(formatted), end="")
    print("lines:", len(formatted.splitlines()))

try:
    level1()
except KeyError as exc:
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in frames:
        print(f"  in {frame.name} (line {frame.lineno}): {frame.line}")
    print([f.name for f in frames])
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    print(lines[0], end="")
    print(lines[-1], end="")

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("bad computation") from inner
except ValueError as exc:
    chained = sanitize("".join(traceback.format_exception(exc)))
    for line in chained.splitlines():
        if not line.startswith("    "):
            print(line)

print(traceback.format_exception_only(OSError(2, "No such file or directory", "x.cfg")))
traceback.print_exception(RuntimeError("no traceback attached"), file=sys.stdout)
