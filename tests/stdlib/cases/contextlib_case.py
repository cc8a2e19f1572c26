import contextlib


@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print(t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")


with swallow():
    {}["x"]
print("after")


@tag("deco")
def decorated():
    print("inside")


decorated()

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")


class Res:
    def close(self):
        print("closed")


with contextlib.closing(Res()):
    print("using")
with contextlib.nullcontext(5) as v:
    print(v)

with contextlib.ExitStack() as stack:
    stack.callback(print, "callback 1")
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback 2")
    print("body")

with contextlib.ExitStack() as outer:
    inner = contextlib.ExitStack()
    inner.callback(print, "moved")
    outer.enter_context(inner.pop_all())
    inner.close()
    print("end of outer")

try:
    with contextlib.ExitStack() as stack:
        stack.push(lambda *exc: print("saw", exc[0].__name__))
        raise RuntimeError("x")
except RuntimeError:
    print("propagated")

with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError("suppressed by exit")
print("done")
