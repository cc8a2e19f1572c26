# Exception objects as CPython's: args, repr, str, attributes, subclasses.
print(repr(ValueError("x")), repr(KeyError("k")), repr(ValueError()), repr(ValueError("a", 1)))
print(str(KeyError("a")), str(KeyError(1)), str(KeyError()), str(KeyError("a", "b")))
print(str(ValueError()), str(ValueError("a", 1)), str(ValueError(None)), repr(ValueError(None)))
e = ValueError("a")
e.args = ("b", 2)
print(e.args, str(e), repr(e))
e.args = ["l"]
print(e.args, type(e.args).__name__)

# OSError and its errno subclasses
for args in [(2, "No such file or directory"), (2, "No such file or directory", "x.txt"),
             (17, "File exists", "a", None, "b"), (13, "Permission denied"),
             (21, "Is a directory", "d"), (20, "Not a directory"), (11, "again"),
             (32, "Broken pipe"), (110, "timed out"), (111, "refused"), (104, "reset"),
             (3, "no proc"), (10, "child"), (4, "intr"), (99, "other"), ("x", "y"), (1,), ()]:
    e = OSError(*args)
    print(type(e).__name__, str(e), repr(e.args), e.errno, e.strerror, e.filename, e.filename2)
print(isinstance(FileNotFoundError(2, "x"), OSError), type(PermissionError(2, "x")).__name__)
e = OSError(2, "No such file or directory", "a.txt")
print(e)

# attributes per type
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit("bye").code, SystemExit(1, 2).code)
ie = ImportError("no mod", name="m", path="/p")
print(ie, ie.name, ie.path, ie.msg, ImportError().name)
ne = NameError("n", name="x")
print(ne.name, NameError("y").name)
ae = AttributeError("a", name="attr", obj=5)
print(ae.name, ae.obj)
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), e.args)

# Unicode errors
ud = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(ud, "|", ud.encoding, ud.object, ud.start, ud.end, ud.reason)
print(UnicodeDecodeError("utf-8", b"abc", 0, 2, "bad"))
ue = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(ue, "|", ue.object, ue.start)
print(UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "nope"))
print(UnicodeTranslateError("\u1234", 0, 1, "why"))
try:
    UnicodeDecodeError("x")
except TypeError as e:
    print("TypeError")

# notes and instance attributes
e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e.extra = 42
print(e.extra, sorted(e.__dict__))
del e.extra
print(hasattr(e, "extra"))

# exception groups
eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
print(type(eg).__name__, str(eg), eg.message, eg.exceptions)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, str(beg), type(BaseExceptionGroup("c", [ValueError()])).__name__)
print(str(ExceptionGroup("one", [ValueError()])))

# user subclasses
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, super().__str__())


try:
    raise AppError("broken", 7)
except Exception as e:
    print(str(e), e.args, e.code, isinstance(e, AppError))


class Plain(Exception):
    pass


class WithInit(ValueError):
    def __init__(self, a, b=0):
        self.a = a


print(repr(Plain("p")), str(Plain("p", 2)), repr(Plain()))
w = WithInit(1, b=2)
print(w.args, w.a, str(w), repr(w))
print(repr(AppError("m", 1)))
e = KeyboardInterrupt()
print(isinstance(e, BaseException), isinstance(e, Exception))
print(ValueError("x").with_traceback(None).args)
