# Manage a dynamic set of resources with ExitStack, callbacks and pop_all
import contextlib
import io


class Resource:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name} (error={exc_type.__name__ if exc_type else None})")
        return False


with contextlib.ExitStack() as stack:
    handles = [stack.enter_context(Resource(n)) for n in ("db", "cache", "queue")]
    stack.callback(print, "callback: flush metrics")
    print("using", [h.name for h in handles])

print("---")
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("a"))
        stack.enter_context(Resource("b", fail=True))
except RuntimeError as e:
    print("caught:", e)

print("---")


def open_all(names):
    with contextlib.ExitStack() as stack:
        res = [stack.enter_context(Resource(n)) for n in names]
        keep = stack.pop_all()
    return keep, res


keeper, res = open_all(["x", "y"])
print("still open:", [r.name for r in res])
keeper.close()

print("---")
files = {name: io.StringIO() for name in ("a.txt", "b.txt")}
with contextlib.ExitStack() as stack:
    for name, f in files.items():
        stack.enter_context(contextlib.closing(f))
        f.write(f"data for {name}")
        print(name, f.getvalue())
print("all closed:", all(f.closed for f in files.values()))


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")


with contextlib.ExitStack() as stack:
    for t in ("html", "body", "p"):
        stack.enter_context(tag(t))
    print("hello")
