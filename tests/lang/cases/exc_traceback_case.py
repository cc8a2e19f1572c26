# The traceback module: extract_tb, format_exception_only, format_exc, print_exc, walk_tb.
import io
import sys
import traceback


def inner(x):
    return 10 // x


def outer(x):
    return inner(x)


try:
    outer(0)
except ZeroDivisionError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno) for f in frames])
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(e.__traceback__)])
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-1], "|", text.count("  File "))
    lines = traceback.format_exception(e)
    print(lines[0], lines[-1], len(traceback.format_tb(e.__traceback__)))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), list(te.format_exception_only()))
    print(traceback.extract_tb(e.__traceback__, limit=1)[0].name,
          traceback.extract_tb(e.__traceback__, limit=-1)[0].name)
    fs = frames[-1]
    print(fs.name, fs.lineno, len(fs), fs[1], fs[2])

print(repr(traceback.format_exc()))

# chained exceptions
try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("bad value") from k
except ValueError as e:
    text = "".join(traceback.format_exception(e))
    print("direct cause" in text, text.count("Traceback (most recent call last):"))
    print(text.splitlines()[-1])
    text = "".join(traceback.format_exception(e, chain=False))
    print("direct cause" in text, text.splitlines()[-1])

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("while handling")
except TypeError as e:
    text = traceback.format_exc()
    print("During handling of the above exception" in text, text.splitlines()[-1])

# notes are printed after the message
try:
    err = ValueError("noted")
    err.add_note("a note")
    err.add_note("second\nmultiline")
    raise err
except ValueError:
    print(traceback.format_exc().splitlines()[-4:])

# exceptions without a message
for exc in (ValueError(), KeyError(""), Exception(None), SystemExit()):
    print(traceback.format_exception_only(exc))

# a user exception defined here shows its name without a module
class MyErr(Exception):
    pass

print(traceback.format_exception_only(MyErr("mine")))


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(Unprintable()))

# SyntaxError raised by compile()
try:
    compile("x = (1,\n", "<snippet>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.filename, type(e.lineno).__name__)
try:
    raise SyntaxError("custom", ("f.py", 3, 5, "foo bar baz\n"))
except SyntaxError as e:
    print(e, e.filename, e.lineno, e.offset, repr(e.text))
    print(traceback.format_exception_only(e))
