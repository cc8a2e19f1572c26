# traceback's formatting functions as CPython's, on code compiled under a file name of its
# own (no source lines, so no lines or carets in either): format_exc, print_exc,
# format_exception (old and new signatures), format_exception_only, format_tb,
# extract_tb, print_exception with limit and chain, TracebackException, bad arguments.
import io
import sys
import traceback

JOB = """
def parse(text):
    return int(text)

def load(items):
    out = []
    for item in items:
        out.append(parse(item))
    return out

def wrapped(items):
    try:
        return load(items)
    except ValueError as e:
        raise RuntimeError("load failed") from e

def contextual():
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")

def catch(handler, fn, *args):
    # the exception is caught here: its traceback starts in this file
    try:
        fn(*args)
    except BaseException as e:
        handler(e)

def deep(n):
    if n == 0:
        raise ZeroDivisionError("bottom")
    deep(n - 1)
"""
ns = {}
exec(compile(JOB, "job.py", "exec"), ns)



def h1(exc):
    print(traceback.format_exc(), end="")
    print(traceback.format_exc(limit=1), end="")
    print(traceback.format_exc(limit=-1), end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
    etype, e, tb = sys.exc_info()
    print(traceback.format_exception(etype, e, tb) == traceback.format_exception(e))
    print(traceback.format_tb(tb))
    print(traceback.format_tb(tb, limit=2))
    frames = traceback.extract_tb(tb)
    print(len(frames), [(f.filename, f.lineno, f.name, f.line) for f in frames])
    print(frames[-1], repr(frames[-1].line), frames.format()[-1], end="")
    print(traceback.format_exception_only(etype, e), traceback.format_exception_only(e))
    print(traceback.format_list(frames[:1]))

ns["catch"](h1, ns["load"], ["1", "x"])


def h2(e):
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    traceback.print_exception(e, limit=1, file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, len(te.stack))
    print(list(te.format_exception_only()))

ns["catch"](h2, ns["wrapped"], ["y"])
ns["catch"](lambda e: traceback.print_exc(file=sys.stdout), ns["contextual"])
ns["catch"](lambda e: print(traceback.format_exc(), end=""), ns["deep"], 30)

print(traceback.format_exception_only(ValueError, ValueError("plain")), traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(None, None) if False else traceback.format_exception(ValueError("no tb")))
print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 2, 4, "x = = 1\n"))))
print(traceback.format_exc())
for bad in (lambda: traceback.format_exception(ValueError, ValueError("x")),
            lambda: traceback.format_exception(ValueError, tb=None),
            lambda: traceback.format_exception(5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class Custom(Exception):
    def __str__(self):
        return "custom text"


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Custom()), traceback.format_exception_only(Broken()))
print(traceback.format_exception_only(Exception("a\nb")), traceback.format_exception_only(OSError(2, "No such file", "x")))
