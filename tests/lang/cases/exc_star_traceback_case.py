# Exception groups in tracebacks as CPython 3.11 prints them ("+-+---- 1 ----" boxes),
# through the traceback module and the printer of uncaught exceptions.
import sys
import traceback


def clean(text):
    # frames by name only: no file names, no source lines (a program run from a string
    # has none), no column markers
    frame_col = None
    for line in text.splitlines():
        flat = line.replace("|", " ").replace("+", " ")
        indent = len(flat) - len(flat.lstrip())
        if 'File "' in line:
            print(line.split('File "')[0] + "<frame " + line.rsplit(", in ", 1)[-1] + ">")
            frame_col = line.index('File "')
        elif frame_col is not None and indent > frame_col:
            continue  # a source line or markers under it
        else:
            print(line)
            frame_col = None


def fail():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError(5)
    except* TypeError:
        raise


try:
    fail()
except BaseException:
    clean(traceback.format_exc())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    clean("".join(traceback.format_exception(e)))


def nest(n):
    e = ValueError("leaf")
    for i in range(n):
        e = ExceptionGroup("lvl%d" % i, [e])
    return e

clean("".join(traceback.format_exception(nest(12))))
print(traceback.format_exception_only(nest(2)))
eg = ExceptionGroup("noted", [ValueError(1)])
eg.add_note("a note")
eg.exceptions[0].add_note("leaf note")
clean("".join(traceback.format_exception(eg)))
te = traceback.TracebackException.from_exception(nest(2))
print(len(te.exceptions), te.exceptions[0].exceptions[0].exc_type.__name__)
clean("".join(traceback.TracebackException.from_exception(nest(3), max_group_depth=1).format()))
clean("".join(traceback.TracebackException.from_exception(
    ExceptionGroup("w", [ValueError(i) for i in range(4)]), max_group_width=2).format()))
try:
    raise ExceptionGroup("x", [ValueError(1)])
except* ValueError:
    traceback.print_exc(file=sys.stdout, limit=0)

# uncaught: the interpreter prints the group the same way (only the last line is compared)
raise ExceptionGroup("uncaught", [ValueError(1), ExceptionGroup("in", [TypeError(2)])])
