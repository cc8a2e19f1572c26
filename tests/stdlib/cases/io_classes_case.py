import io

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
for cls in ["IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "BufferedReader", "BufferedWriter",
            "BufferedRandom", "BufferedRWPair", "TextIOWrapper", "IncrementalNewlineDecoder", "StringIO", "BytesIO"]:
    print(cls, hasattr(io, cls))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase),
      isinstance(io.BytesIO(), io.TextIOBase), isinstance(io.StringIO(), io.BufferedIOBase))
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.BufferedReader, io.BufferedIOBase),
      issubclass(io.RawIOBase, io.IOBase))

# TextIOWrapper over BytesIO
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", newline="")
print(t.write("h\u00e9llo\nw\u00f6rld\r\n"), t.encoding, t.errors, t.line_buffering)
t.flush()
print(raw.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"line1\r\nline2\rline3\nlast"), encoding="utf-8")
print(t.readline().encode(), t.readline().encode(), t.read().encode())
t = io.TextIOWrapper(io.BytesIO("caf\u00e9\n\u20ac\n".encode("latin-1", "replace")), encoding="latin-1")
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO(b"a\xffb\n"), encoding="utf-8", errors="replace")
print(ascii(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"a\xffb\n"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
t = io.TextIOWrapper(io.BytesIO("x\u00e9y\nz\n".encode("utf-16")), encoding="utf-16")
print(list(t))
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="utf-8", newline="\r\n")
w.write("a\nb\n")
w.flush()
print(buf.getvalue())
w.detach()
print(buf.closed)
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"), encoding="ascii")
print(t.read(2), t.tell() if False else "", t.readline(), t.seekable(), t.readable(), t.writable())
t.seek(0)
print(repr(t.read()))
with io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8") as t2:
    print(t2.read(), t2.closed)
print(t2.closed)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e:
    print("LookupError", e)

# Buffered classes over a raw stream written in Python
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = bytearray(data)
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = io.BufferedReader(Raw(b"hello world\nsecond line\n"), buffer_size=4)
print(r.read(5), r.peek(1)[:1], r.read1(3), r.readline(), r.read())
r = Raw(b"abcdefgh")
print(r.read(2), r.read(), r.read())
r = Raw(b"ab\ncd\n")
print(r.readline(), r.readlines())
print(io.TextIOWrapper(io.BufferedReader(Raw("h\u00e9\nx".encode())), encoding="utf-8").read())


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


s = Sink()
w = io.BufferedWriter(s, buffer_size=8)
w.write(b"abc")
w.write(b"defghijkl")
w.flush()
print(b"".join(s.chunks), w.writable(), w.raw is s)
try:
    io.BufferedWriter(Raw(b""))
except OSError as e:
    print(type(e).__name__, e)
b = io.BufferedRandom(io.BytesIO(b"0123456789"))
print(b.read(3), b.seek(5), b.read(2), b.tell())
b.write(b"XY")
b.seek(0)
print(b.read())
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.writable())

# user subclasses of the ABCs get CPython's mixin methods
class Lines(io.TextIOBase):
    def __init__(self, lines):
        self._lines = list(lines)

    def readable(self):
        return True

    def readline(self, size=-1):
        return self._lines.pop(0) if self._lines else ""


lines = Lines(["a\n", "b\n"])
print(list(lines), lines.closed)
print(io.IOBase().readable(), io.IOBase().seekable())
try:
    io.IOBase().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    Lines([]).write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    io.RawIOBase().read()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(io.text_encoding("utf-8"), io.text_encoding(None) in ("locale", "utf-8"))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r", final=True)), d.newlines)

# StringIO / BytesIO
s = io.StringIO("ab\ncd\n", newline=None)
print(s.readline(), s.tell(), s.read(), s.getvalue().encode())
b = io.BytesIO(b"abcdef")
ba = bytearray(4)
print(b.readinto(ba), ba, b.tell(), b.seek(-2, 2), b.read(), b.seek(10), b.read(), b.tell())
b.write(b"Z")
print(b.getvalue())
for bad in [
            lambda: io.StringIO().write(b"x"), lambda: io.BytesIO().write("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
