import io
import sys


class Writer:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


w = Writer()
print("a", 1, [2], file=w)
print("x", "y", sep="--", end="!\n", file=w, flush=True)
print(file=w)
print("no end", end="", file=w)
print(w.calls)
print("sep None", "end None", sep=None, end=None)
for kw in ({"sep": 1}, {"end": b"x"}):
    try:
        print("bad", **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    print("x", file=object())
except AttributeError as e:
    print("AttributeError", e)
print("flushed", flush=True)

buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured", 42)
sys.stdout.write("direct\n")
sys.stdout = old
print(repr(buf.getvalue()))

w2 = Writer()
sys.stdout = w2
print("through sys.stdout")
sys.stdout = sys.__stdout__
print(w2.calls)

sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
err = io.StringIO()
sys.stderr = err
print("to stderr", file=sys.stderr)
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))


class Obj:
    def __str__(self):
        return "str of Obj"


w3 = Writer()
print(Obj(), 1.5, None, file=w3)
print(w3.calls)
