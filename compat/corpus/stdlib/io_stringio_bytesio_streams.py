# io.StringIO and io.BytesIO as in-memory files: readlines, seek/tell, truncate, TextIOWrapper
import io

s = io.StringIO()
s.write("first line\n")
s.write("second line\n")
print("third line", file=s)
print("tell after writes:", s.tell())
s.seek(0)
print(s.readline(), end="")
print(s.readlines())
s.seek(6)
print(repr(s.read(4)))
s.seek(0)
s.truncate(11)
print(repr(s.getvalue()))

src = io.StringIO("alpha\nbeta\n\ngamma")
for n, line in enumerate(src, 1):
    print(n, repr(line))

b = io.BytesIO(b"0123456789")
print(b.read(3), b.tell())
b.seek(-2, io.SEEK_END)
print(b.read())
b.seek(2)
b.write(b"XY")
print(b.getvalue())
view = b.getbuffer()
view[0] = ord("#")
del view
print(b.getvalue(), b.seekable(), b.readable(), b.writable())

raw = io.BytesIO("héllo wörld\nzweite Zeile\n".encode("utf-8"))
with io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
    print(text.readline().rstrip())
    print(text.read().strip().upper())
    print(text.encoding)

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-16-le", write_through=True)
w.write("Aé")
w.flush()
print(out.getvalue())
w.detach()
print(io.StringIO("x\r\ny\rz", newline=None).readlines())
print(io.StringIO("x\r\ny", newline="").readlines())
closed = io.StringIO("x")
closed.close()
try:
    closed.read()
except ValueError as e:
    print("ValueError:", e)
