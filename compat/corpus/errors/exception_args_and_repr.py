# How exception args map to str() and repr() for zero, one and many arguments, plus OSError fields
examples = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    ValueError(""),
    ValueError(None),
    KeyError("k"),
    KeyError("a", "b"),
    IndexError(3),
    RuntimeError(["list", "arg"]),
    StopIteration(42),
    SystemExit(3),
    OSError(2, "No such file or directory"),
    OSError(13, "Permission denied", "/etc/shadow"),
    FileNotFoundError(2, "No such file or directory", "data.csv"),
    OSError("just a message"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
]

for exc in examples:
    print(f"{type(exc).__name__:<20} args={exc.args!r:<48} str={str(exc)!r}")
    print(f"{'':<20} repr={exc!r}")

e = OSError(2, "No such file or directory", "data.csv")
print(type(e).__name__, e.errno, e.strerror, e.filename)
print(StopIteration(42).value, SystemExit(3).code, SystemExit().code)


class Wrapped(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return f"[E{self.code}] {self.detail}"


w = Wrapped(17, "disk quota exceeded")
print(str(w), repr(w), w.args)
print(f"{w}", "%s" % w, "{!r}".format(w))
