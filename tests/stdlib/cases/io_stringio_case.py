import io

s = io.StringIO("a\nb\nc")
print(s.readlines(), s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
s = io.StringIO()
s.writelines(["x\n", "y\n", "z"])
print(repr(s.getvalue()), s.tell(), s.truncate(4), repr(s.getvalue()))
s.seek(1)
print(s.truncate(), repr(s.getvalue()), s.tell())
s.close()
print(s.closed)
for f in (s.read, s.readable, s.getvalue, lambda: s.write("x")):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
b = io.BytesIO(b"l1\nl2\n")
print(b.readlines(), b.closed, b.seekable(), b.truncate(3), b.getvalue())
b.writelines([b"A", b"B"])
print(b.getvalue())
with io.StringIO("q") as t:
    print(t.read(), t.closed)
print(t.closed)
try:
    io.StringIO().truncate(-1)
except ValueError as e:
    print("ValueError", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
b = io.BytesIO(b"0123456789")
b.seek(-2, io.SEEK_END)
print(b.read(), b.seek(0, io.SEEK_SET), b.tell())
