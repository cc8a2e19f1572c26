# Wrap binary buffers with io.TextIOWrapper and Buffered* classes: decode uploaded bytes,
# normalise newlines, stream through a custom raw source and check the io class hierarchy
import io


class ChunkedSource(io.RawIOBase):
    """A raw stream that hands out at most 5 bytes per read, like a slow socket."""

    def __init__(self, data):
        self._data = data
        self._pos = 0

    def readable(self):
        return True

    def readinto(self, buf):
        chunk = self._data[self._pos:self._pos + min(5, len(buf))]
        buf[:len(chunk)] = chunk
        self._pos += len(chunk)
        return len(chunk)


upload = "id;city;temp\r\n1;Z\u00fcrich;21.5\r\n2;S\u00e3o Paulo;27.0\r\n3;K\u00f8benhavn;18.25\r\n".encode("utf-8")
text = io.TextIOWrapper(io.BufferedReader(ChunkedSource(upload)), encoding="utf-8")
header = text.readline().rstrip("\n").split(";")
records = [dict(zip(header, line.rstrip("\n").split(";"))) for line in text]
print(header, len(records))
for r in records:
    print(f"{r['city']:>10} {float(r['temp']):6.2f}")

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-16", newline="\r\n")
w.write("report\n")
w.writelines(f"{r['id']}={r['city']}\n" for r in records)
w.flush()
data = out.getvalue()
print(data[:2] == b"\xff\xfe", len(data))
print(data.decode("utf-16").splitlines())

latin = io.TextIOWrapper(io.BytesIO("caf\u00e9 cr\u00e8me".encode("latin-1")), encoding="latin-1")
print(latin.read().upper())
lossy = io.TextIOWrapper(io.BytesIO(b"bad \xff byte"), encoding="utf-8", errors="replace")
print(ascii(lossy.read()))

print(isinstance(text, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.TextIOBase), issubclass(ChunkedSource, io.RawIOBase))
rw = io.BufferedRandom(io.BytesIO(b"0123456789"))
rw.seek(3)
rw.write(b"abc")
rw.seek(0)
print(rw.read())
try:
    io.BufferedWriter(ChunkedSource(b""))
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
