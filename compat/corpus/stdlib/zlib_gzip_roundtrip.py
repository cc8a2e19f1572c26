# Compress and decompress payloads with zlib and gzip (streaming and one-shot) and check integrity
import gzip
import io
import zlib

text = ("timestamp,level,message\n" + "".join(
    f"2024-01-01T00:{i % 60:02d}:00,{'INFO' if i % 3 else 'WARN'},event number {i}\n" for i in range(400)
)).encode()

for level in (1, 6, 9):
    comp = zlib.compress(text, level)
    assert zlib.decompress(comp) == text
    print(f"level {level}: ratio below 0.2 -> {len(comp) / len(text) < 0.2}")

co = zlib.compressobj(level=6, wbits=-15)
raw = b"".join(co.compress(text[i:i + 500]) for i in range(0, len(text), 500)) + co.flush()
do = zlib.decompressobj(wbits=-15)
restored = do.decompress(raw) + do.flush()
print("raw deflate round trip:", restored == text, do.eof)

d = zlib.decompressobj()
out = d.decompress(zlib.compress(b"abc") + b"TRAILING")
print("unused data:", out, d.unused_data)

print("crc32:", zlib.crc32(text), "adler32:", zlib.adler32(text))
print("crc32 of 'hello':", zlib.crc32(b"hello"))

gz = gzip.compress(text, mtime=0)
print("gzip magic:", gz[:2].hex(), "round trip:", gzip.decompress(gz) == text)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"line one\n")
    f.write(b"line two\n")
buf.seek(0)
with gzip.GzipFile(fileobj=buf, mode="rb") as f:
    print(f.readlines())
buf.seek(0)
with gzip.open(buf, "rt", encoding="utf-8") as f:
    print([l.rstrip() for l in f])
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)
try:
    gzip.decompress(b"\x1f\x8bjunkjunkjunk")
except Exception as e:
    print(type(e).__name__)
