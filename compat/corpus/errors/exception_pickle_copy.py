# Round-tripping custom exceptions through pickle and copy, and the classic __init__ signature pitfall
import copy
import pickle


class GoodError(Exception):
    def __init__(self, code, message):
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self):
        return f"[{self.code}] {self.message}"


class PitfallError(Exception):
    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")  # args no longer match __init__
        self.code = code


class FixedPitfall(PitfallError):
    def __reduce__(self):
        return (type(self), (self.code, self.args[0].split(": ", 1)[1]))


for exc in [ValueError("plain", 1), KeyError("k"), OSError(2, "No such file", "a.txt"),
            GoodError(404, "not found"), PitfallError(500, "boom"), FixedPitfall(503, "busy")]:
    try:
        clone = pickle.loads(pickle.dumps(exc))
        same = (type(clone) is type(exc), clone.args == exc.args, str(clone) == str(exc))
        print(f"{type(exc).__name__:<16} pickled ok  {str(clone)!r:<40} {same}")
    except TypeError as e:
        print(f"{type(exc).__name__:<16} unpickle failed: {e}")

g = GoodError(418, "teapot")
g.extra = {"hint": "use coffee"}
g2 = copy.copy(g)
g3 = pickle.loads(pickle.dumps(g))
print(g2.extra is g.extra, g3.extra == g.extra, g3.extra is g.extra, g3.code)

try:
    try:
        raise GoodError(1, "inner")
    except GoodError as inner:
        raise RuntimeError("outer") from inner
except RuntimeError as outer:
    restored = pickle.loads(pickle.dumps(outer))
    print(repr(restored), restored.__cause__, outer.__cause__ is not None)
