# io.StringIO(newline=...): translation on write, line splitting on read, .newlines
import io

for nl in (None, "", "\n", "\r", "\r\n", "default"):
    kw = {} if nl == "default" else {"newline": nl}
    s = io.StringIO("x\r\ny\rz\n\nw", **kw)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(**kw)
    print("  write:", s.write("a\r"), s.write("\nb\r\nc\rd\n"), repr(s.getvalue()), s.tell(), repr(s.newlines))
    s.seek(0)
    print("  lines:", [line for line in s])
    s.seek(0)
    print("  readline(2):", repr(s.readline(2)), repr(s.readline(1)), repr(s.readline(0)), repr(s.readline(None)), repr(s.readline(-1)))
    print("  print:", end=" ")
    s = io.StringIO(**kw)
    print("p", "q", sep="\n", file=s)
    print(repr(s.getvalue()), repr(s.newlines))

print(repr(io.StringIO("a\r", newline="").newlines), list(io.StringIO("a\r", newline="")))
print(repr(io.StringIO("a\r\n\r\n", newline=None).newlines), io.StringIO("a\r\n\r\n", newline=None).readlines())
print(repr(io.StringIO("é\r\nü\rö", newline=None).getvalue()), io.StringIO("é\r\nü\rö", newline="").readlines())
print(io.StringIO("ééé\néé\n", newline="").readline(2), io.StringIO("a\nb\nc\n").readlines(3))
print(io.StringIO("a\nb\nc\n").readlines(0), io.StringIO("a\nb\nc\n").readlines(-5), io.StringIO("").readlines())
print(repr(io.StringIO().newlines), repr(io.StringIO("a\nb").newlines), repr(io.StringIO("", newline=None).newlines))
s = io.StringIO("abc\r\ndef", newline=None)
s.seek(0, 2)
s.write("\rg")
print(repr(s.getvalue()), repr(s.newlines))
s.truncate(0)
s.seek(0)
print(repr(s.getvalue()), repr(s.newlines))
big = io.StringIO("line\r\n" * 10000, newline=None)
print(len(big.getvalue()), len(big.readlines()), repr(big.newlines))
for bad in ("x", "\n\r", 5, b"\n"):
    try:
        io.StringIO("", newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in ("x", 1.5):
    try:
        io.StringIO("a").readline(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        io.StringIO("a").readlines(bad)
    except TypeError as e:
        print("TypeError:", e)
c = io.StringIO("x\r\n", newline="")
c.close()
for f in (c.readline, c.readlines):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print(c.newlines if False else "closed")
