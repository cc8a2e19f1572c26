# io.BytesIO.getbuffer(): a writable memoryview of the contents (patch 0223).
import io

b = io.BytesIO(b"0123456789")
view = b.getbuffer()
print(type(view).__name__, len(view), view.readonly, view.format, bytes(view), view[2], bytes(view[1:3]))
view[0] = ord("#")
view[-1:] = b"!"
print(b.getvalue(), b.read(3), b.tell())
del view
b.write(b"ABC")
print(b.getvalue(), len(b.getbuffer()), bytes(b.getbuffer()[-2:]))
src = b"immutable"
b2 = io.BytesIO(src)
v2 = b2.getbuffer()
v2[0] = ord("I")
print(src, b2.getvalue(), bytes(v2))
empty = io.BytesIO()
print(len(empty.getbuffer()), bytes(empty.getbuffer()), empty.getvalue())
grow = io.BytesIO()
for i in range(5):
    grow.write(b"x" * 100)
    print(len(grow.getbuffer()), end=" ")
print()
print(hasattr(io.StringIO(), "getbuffer"), hasattr(io.BytesIO(), "getbuffer"))
closed = io.BytesIO(b"abc")
closed.close()
try:
    closed.getbuffer()
except ValueError as e:
    print("ValueError")
try:
    io.BytesIO().getbuffer(1)
except TypeError:
    print("TypeError")
rw = io.BytesIO()
rw.write(b"hello\nworld\n")
print(rw.getvalue(), rw.tell(), len(rw.getbuffer()), bytes(rw.getbuffer()).count(b"\n"))
