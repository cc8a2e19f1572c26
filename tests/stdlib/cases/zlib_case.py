import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 40
for wbits in (15, -15, 31, 9):
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c) < len(data), zlib.decompress(c, wbits) == data)
c = zlib.compress(data)
print(zlib.decompress(c, 47) == data, zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
print(zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")), zlib.crc32(b"hello world"))
print(zlib.adler32(b"hello"), zlib.adler32(b"x" * 10000), zlib.adler32(b" world", zlib.adler32(b"hello")))
co = zlib.compressobj()
stream = co.compress(data[:100]) + co.compress(data[100:]) + co.flush()
do = zlib.decompressobj()
out = do.decompress(stream[:10]) + do.decompress(stream[10:]) + do.flush()
print(out == data, do.eof)
try:
    zlib.decompress(c[:10])
except zlib.error:
    print("truncated: zlib.error")
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_DEFAULT_COMPRESSION)
