# Suppressing expected errors with contextlib.suppress and a custom error-collecting manager
import contextlib
import os


class Collect:
    """Context manager that swallows the given exception types and records them."""

    def __init__(self, *types):
        self.types = types or (Exception,)
        self.errors = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.errors.append(f"{exc_type.__name__}: {exc}")
            return True
        return False


with contextlib.suppress(FileNotFoundError):
    os.remove("definitely-not-here.tmp")
    print("not reached")
print("suppress: continued after missing file")

cache = {"a": 1}
with contextlib.suppress(KeyError, IndexError):
    del cache["b"]
print("cache untouched:", cache)

collector = Collect(ValueError, ZeroDivisionError)
for raw in ["10", "0", "abc", "4"]:
    with collector:
        print(f"100/{raw} = {100 / int(raw)}")
print(collector.errors)

try:
    with Collect(ValueError) as c:
        [].pop()
except IndexError as e:
    print("IndexError escaped:", e, "| recorded:", c.errors)

with contextlib.suppress(Exception) as s:
    raise RuntimeError("hidden")
print("suppress value:", s)

errors = []
with contextlib.ExitStack() as stack:
    for name in ["alpha", "beta"]:
        stack.callback(errors.append, f"closed {name}")
    with contextlib.suppress(LookupError):
        {}["x"]
    errors.append("body done")
print(errors)
