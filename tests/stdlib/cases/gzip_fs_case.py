# gzip (CPython's module) over the sandbox's zlib: one-shot compress/decompress, GzipFile
# over BytesIO and over files in a mounted directory, gzip.open in binary and text modes,
# several members, and bad input. (Compressed bytes are not printed: the compressor is
# MicroPython's, its output is valid gzip but not byte for byte zlib's.)
import gzip
import io
import os
import zlib

data = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 7)) for i in range(200))
for level in (0, 1, 6, 9):
    blob = gzip.compress(data, compresslevel=level, mtime=0)
    print(level, blob[:10].hex(), gzip.decompress(blob) == data)
blob = gzip.compress(b"", mtime=12345)
print(blob[:10].hex(), gzip.decompress(blob))
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)))
print(gzip.decompress(b""))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    print(f.write(b"first\n"), f.write(bytearray(b"second\n")), f.write(memoryview(b"third\n")))
    print(f.mode == gzip.WRITE, f.writable(), f.readable(), f.seekable(), f.closed)
print(f.closed, buf.getvalue()[:10].hex())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(3), f.read1(4), f.peek(1)[:1], f.readline(), f.tell(), f.mtime)
    print(f.readlines(), f.read(), f.tell())
    f.seek(0)
    print(list(f))
    f.seek(-1 if False else 6)
    print(f.read(7))
buf.seek(0)
with gzip.open(buf, "rt", encoding="utf-8") as t:
    print([line.rstrip("\n") for line in t])
text_buf = io.BytesIO()
with gzip.open(text_buf, "wt", encoding="utf-8") as t:
    t.write("caf\u00e9\n")
    t.write("\u20ac second\r\nthird")
print(gzip.decompress(text_buf.getvalue()))
text_buf.seek(0)
with gzip.open(text_buf, "rt", encoding="utf-8") as t:
    print(repr(t.read()))
text_buf.seek(0)
with gzip.open(text_buf, "rt", encoding="utf-8", newline="") as t:
    print(t.readlines())

with gzip.open("data.txt.gz", "wb") as f:
    f.write(data)
with open("data.txt.gz", "rb") as raw:
    head = raw.read(10)
print(head[:3].hex(), head[3], os.path.exists("data.txt.gz"))
with gzip.open("data.txt.gz") as f:
    print(f.read() == data, f.name)
with gzip.GzipFile("data.txt.gz", "rb") as f:
    print(sum(1 for _ in f))
with gzip.open("data.txt.gz", "at", encoding="ascii") as t:
    t.write("appended\n")
with gzip.open("data.txt.gz", "rt", encoding="ascii") as t:
    lines = t.read().splitlines()
print(len(lines), lines[0], lines[-1])

for bad in (b"\x1f\x8bjunkjunkjunk", b"not gzip at all", gzip.compress(b"x" * 100)[:-3],
            gzip.compress(b"abc", mtime=0)[:-8] + b"\x00" * 8, b"\x1f"):
    try:
        print(gzip.decompress(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    with gzip.open(io.BytesIO(b"plain text"), "rb") as f:
        f.read()
except gzip.BadGzipFile as e:
    print("BadGzipFile", e, isinstance(e, OSError))
for args in (("x.gz", "rbt"),):
    try:
        gzip.open(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    gzip.open(io.BytesIO(), "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
try:
    gzip.open("missing.gz")
except OSError as e:
    print(type(e).__name__, e.errno)
f = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
f.close()
try:
    f.write(b"x")
except ValueError as e:
    print("ValueError", e)
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"abc")))
try:
    r.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
print(zlib.decompress(zlib.compress(data)) == data, zlib.decompress(gzip.compress(data), 31) == data)
d = zlib.decompressobj(wbits=-15)
raw = zlib.compress(b"hello" * 10, wbits=-15)
print(d.decompress(raw + b"TAIL"), d.eof, d.unused_data)
