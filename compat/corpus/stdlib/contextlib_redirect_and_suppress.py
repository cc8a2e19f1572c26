# Capture output with redirect_stdout/redirect_stderr into StringIO, and suppress expected errors
import contextlib
import io
import os
import sys


def noisy_job(n):
    print(f"starting job {n}")
    for i in range(n):
        print(f"  step {i}")
    print("warning: almost done", file=sys.stderr)
    return n * 10


out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    result = noisy_job(3)
print("result:", result)
print("captured stdout lines:", out.getvalue().splitlines())
print("captured stderr:", err.getvalue().strip())

with contextlib.suppress(FileNotFoundError):
    os.remove("this-file-does-not-exist.tmp")
    print("never printed")
print("after suppress")

with contextlib.suppress(KeyError, IndexError):
    [][1]
with contextlib.suppress(ZeroDivisionError):
    value = 1 / 0
print("value defined:", "value" in dir())

try:
    with contextlib.suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    help_text = "hidden"
    print("inner", help_text)
    with contextlib.redirect_stdout(io.StringIO()) as inner:
        print("deeper")
    print("back to buf")
print(repr(buf.getvalue()), repr(inner.getvalue()))
with contextlib.nullcontext("resource") as r:
    print("nullcontext gives", r)
