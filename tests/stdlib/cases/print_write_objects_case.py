import io, sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
w = W()
print("a", 1, file=w); print("b", end="", file=w, flush=True)
print(w.parts)
s = io.StringIO(); print("x", "y", sep="-", file=s); print(repr(s.getvalue()))
class S(io.StringIO): pass
try:
    t = S(); print("z", file=t); print(repr(t.getvalue()))
except Exception as e: print(type(e).__name__, e)
print("q", file=None, sep=None, end=None)
try: print("x", sep=5)
except TypeError as e: print("TypeError", e)
for f in (5, "abc", b"x", [1], object()):
    try: print("x", file=f)
    except Exception as e: print(type(e).__name__, e)
try: print("x", end=b"y")
except TypeError as e: print("TypeError", e)
try: print("x", sep=None, end=3)
except TypeError as e: print("TypeError", e)
print("a", "b", sep="", end="!\n", flush=True)
print(flush=True)
print("stdout", file=sys.stdout, flush=1)
class Bad:
    def write(self, s): raise ValueError("nope " + s)
try: print("a", file=Bad())
except ValueError as e: print("ValueError", e)
class NoFlush:
    def write(self, s): pass
try: print("a", file=NoFlush(), flush=True)
except AttributeError as e: print("AttributeError", e)
class R:
    def __str__(self): return "R!"
class Q(str):
    def __str__(self): return "Q!"
class L:
    def __init__(self): self.p = []
    def write(self, s): self.p.append((type(s).__name__, s))
l = L(); print(R(), Q("q"), 1.5, None, file=l); print(l.p)
l = L(); print(file=l); print(l.p)
s = io.StringIO(); print("x", file=s, flush=True); print(repr(s.getvalue()))
class Up(io.StringIO):
    def write(self, s): return super().write(s.upper())
t = Up(); print("abc", "d", file=t); print(repr(t.getvalue()))
# binary streams refuse str, text streams refuse bytes (CPython's errors)
b = io.BytesIO()
try: print("x", file=b)
except TypeError as e: print("TypeError", e)
try: print("x", file=sys.stdout.buffer)
except TypeError as e: print("TypeError", e)
class MyStr(str): pass
s = io.StringIO()
for a in (b"x", 5, bytearray(b"y"), MyStr("ok"), "\u00e9", "\U0001f600ab", ""):
    try: print(repr(s.write(a)))
    except TypeError as e: print("TypeError", e)
print(repr(s.getvalue()))
for a in (b"x", "s", MyStr("m"), bytearray(b"y"), memoryview(b"z")):
    try: print(repr(b.write(a)))
    except TypeError as e: print("TypeError", e)
print(b.getvalue())
try: sys.stdout.write(b"x\n")
except TypeError as e: print("TypeError", e)
print(sys.stdout.write("\u00e9\n"))
sys.stdout.flush(); sys.stdout.buffer.write(b"raw\n"); sys.stdout.buffer.flush()
try: sys.stdout.buffer.write("x\n")
except TypeError as e: print("TypeError", e)
