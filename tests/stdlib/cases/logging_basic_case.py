# logging (CPython's module): basicConfig, levels, getLogger hierarchy, Formatter styles,
# asctime from the clock, StreamHandler to stdout and stderr, LoggerAdapter, exception()
# and exc_info, filters, bad input.
import io
import logging
import sys
import time

# no configuration: the last-resort handler writes the message to stderr
saved = sys.stderr
sys.stderr = io.StringIO()
logging.warning("no handlers %d", 1)
logging.info("not shown")
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))

root = logging.getLogger()
print(root, root.level, logging.getLevelName(root.level), root.handlers)
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(module)s:%(message)s")
print(len(root.handlers), type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stdout)
logging.debug("debug %s", "arg")
logging.basicConfig(level=logging.ERROR)  # ignored: root already has a handler
logging.info("still info")


def work():
    log = logging.getLogger("app.work")
    log.info("in %s", "work")
    log.warning("dict arg %(a)s", {"a": 1})


work()

a = logging.getLogger("a")
ab = logging.getLogger("a.b")
print(ab.parent is a, a.parent is root, logging.getLogger("a.b") is ab, ab.name)
print(repr(ab), repr(logging.getLogger("x.y.z")), logging.getLogger("x.y").parent)
a.setLevel("WARNING")
print(ab.getEffectiveLevel(), ab.isEnabledFor(logging.INFO), a.isEnabledFor(30))
ab.info("hidden")
ab.error("shown %r", [1, 2])

print(logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName("INFO"),
      logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
logging.log(25, "notice level")
print(sorted(logging.getLevelNamesMapping().items()))

for bad in (None, 1.5, "LOUD", [10]):
    try:
        a.setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)

# formatters
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname:>8}|{name}|{message}", style="{"))
f = logging.getLogger("fmt")
f.propagate = False
f.addHandler(h)
f.warning("brace %s", "style")
h.setFormatter(logging.Formatter("$levelname $name $message", style="$"))
f.warning("dollar")
h.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%Y"))
f.warning("with a date")
fmt = logging.Formatter("%(asctime)s|%(message)s")
rec = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "created": 86400.25, "msecs": 250.0})
print(fmt.format(rec))
print(fmt.formatTime(rec), fmt.formatTime(rec, "%H:%M"), rec.getMessage())
fmt.converter = time.gmtime
print(fmt.formatTime(rec))
logging.Formatter.converter = time.gmtime
print(logging.Formatter().formatTime(rec))
rec = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 7, "m %d", (3,), None, func="fn")
print(rec, rec.filename, rec.module, rec.pathname, rec.lineno, rec.funcName, rec.threadName,
      rec.processName, rec.levelno, rec.getMessage())
print(logging.Formatter("%(filename)s %(module)s %(levelno)s %(message)s").format(rec))
print(logging.BASIC_FORMAT)
for bad in ("%(message)", "{message", "%(nosuch)s"):
    try:
        logging.Formatter(bad).format(rec)
        print("formatted", bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    logging.Formatter("x", style="!")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("no fields", style="{", validate=True)
except ValueError as e:
    print("ValueError", e)

# a bad format argument: logging reports the error on stderr and carries on
saved = sys.stderr
sys.stderr = io.StringIO()
f.error("%d", "not a number")
err = sys.stderr.getvalue()
sys.stderr = saved
print(err.splitlines()[0], err.splitlines()[-2:])

# exceptions
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
# code compiled under a file name of its own (and no loader): the same traceback lines in both
JOB = """
def lookup(d):
    return d['missing']

def run(log):
    try:
        lookup({})
    except KeyError:
        log.exception("lookup failed")
        log.error("with exc_info", exc_info=True)
        log.info("not shown either")
    try:
        raise ValueError("bad value")
    except ValueError as e:
        log.warning("caught %s", e, exc_info=e)
"""
ns = {}
exec(compile(JOB, "job.py", "exec"), ns)
f.setLevel(logging.WARNING)
ns["run"](f)
err = ValueError("kept")
f.warning("given an exception", exc_info=err)
f.warning("given a tuple", exc_info=(TypeError, TypeError("t"), None))
f.info("stack", stack_info=False)


# LoggerAdapter
class Tagger(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


ad = Tagger(f, {"tag": "T1"})
ad.warning("adapted %d", 5)
ad2 = logging.LoggerAdapter(f, {"user": "ann"})
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
ad2.error("plain adapter")
print(ad2.logger is f, ad2.isEnabledFor(logging.DEBUG), ad2.getEffectiveLevel(), ad2.name, repr(ad2))
f.warning("extra", extra={"user": "bob"})
try:
    f.warning("extra", extra={"message": "clash"})
except KeyError as e:
    print("KeyError", e)


# filters and handler levels
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2


h.setFormatter(logging.Formatter("%(message)s"))
h.addFilter(OnlyOdd())
for i in range(4):
    f.warning("n=%d", i)
h.filters.clear()
h.setLevel(logging.ERROR)
f.warning("below the handler's level")
f.critical("critical")
print(h.level, h.name, h.formatter._fmt)
nf = logging.Filter("a.b")
print(nf.filter(logging.makeLogRecord({"name": "a.b.c"})), nf.filter(logging.makeLogRecord({"name": "a.bc"})))

# stderr handler
saved = sys.stderr
sys.stderr = io.StringIO()
eh = logging.StreamHandler()
g = logging.getLogger("to_err")
g.propagate = False
g.addHandler(eh)
g.error("to stderr")
out = sys.stderr.getvalue()
sys.stderr = saved
print(repr(out))

logging.disable(logging.ERROR)
f.critical("critical survives disable(ERROR)")
f.error("error is disabled")
logging.disable()
f.error("enabled again")
print(logging.root is root, logging.getLoggerClass() is logging.Logger, logging.lastResort.level)
logging.shutdown()
