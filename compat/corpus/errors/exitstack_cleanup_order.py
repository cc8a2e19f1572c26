# ExitStack unwinding: LIFO cleanup order, errors raised during cleanup, and pop_all transfer
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name, fail_on_close=False):
    print(f"acquire {name}")
    try:
        yield name
    finally:
        print(f"release {name}")
        if fail_on_close:
            raise OSError(f"failed to release {name}")


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("db", "cache", "lock")]
    stack.callback(print, "callback registered last runs first")
    print("working with", names)

print("---")
try:
    with ExitStack() as stack:
        stack.enter_context(resource("socket"))
        stack.enter_context(resource("file", fail_on_close=True))
        stack.enter_context(resource("temp"))
        raise ValueError("work failed")
except Exception as e:
    print(f"final: {type(e).__name__}: {e}")
    print(f"context: {type(e.__context__).__name__}: {e.__context__}")

print("---")


def open_all(names):
    with ExitStack() as stack:
        handles = [stack.enter_context(resource(n)) for n in names]
        if "bad" in names:
            raise RuntimeError("validation failed, unwinding")
        return handles, stack.pop_all()


handles, keeper = open_all(["x", "y"])
print("still open:", handles)
keeper.close()
try:
    open_all(["p", "bad", "q"])
except RuntimeError as e:
    print("RuntimeError:", e)
