# Exceptions through copy and pickle keep their attributes (__reduce__ with __dict__)
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
        super().__init__(f"{code}: {message}")
        self.code = code


class Plain(Exception):
    pass


print(ValueError("a", 1).__reduce__())
e = ValueError()
print(e.__reduce__())
e.x = 1
print(e.__reduce__())
print(Plain(1).__reduce__()[1:])
print(OSError(2, "x", "a.txt").__reduce__())
print(OSError(2, "x", "a.txt", None, "b").__reduce__())
print(OSError(2, "x").__reduce__(), OSError("just text").__reduce__())
print(KeyError("k").__reduce__(), StopIteration(5).__reduce__(), SystemExit(3).__reduce__())

g = GoodError(418, "teapot")
g.extra = {"hint": "coffee"}
r = g.__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
g2 = copy.copy(g)
g3 = pickle.loads(pickle.dumps(g))
g4 = copy.deepcopy(g)
print(g2.extra is g.extra, g3.extra == g.extra, g3.extra is g.extra, g3.code, str(g3), g4.extra is g.extra)
try:
    pickle.loads(pickle.dumps(PitfallError(500, "boom")))
except TypeError as ex:
    print("TypeError:", ex)

v = ValueError("x")
v.__setstate__({"a": 1, "b": [2]})
print(v.a, v.b)
v.__setstate__(None)
for bad in (5, [("a", 1)], {1: 2}):
    try:
        v.__setstate__(bad)
    except TypeError as ex:
        print("TypeError:", ex)
for exc in (ValueError("plain", 1), KeyError("k"), OSError(2, "No such file", "a.txt"), ZeroDivisionError()):
    c = pickle.loads(pickle.dumps(exc))
    print(type(c).__name__, c.args, str(c) == str(exc), copy.copy(exc).args)
