import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr("hello.txt", "hello world\n" * 3)
    zf.writestr(zipfile.ZipInfo("dir/data.bin", date_time=(2024, 1, 2, 3, 4, 6)), bytes(range(256)))
    zf.writestr("unicode_\u00e9.txt", "caf\u00e9".encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    zf.comment = b"archive comment"
data = buf.getvalue()
print(len(data) > 0, data[:4], zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"nope")))

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.comment)
    for info in zf.infolist():
        print(info.filename, info.file_size, info.compress_type, info.date_time if info.filename.startswith("dir") else "", info.CRC, info.is_dir())
    print(zf.read("hello.txt"))
    print(zf.read("dir/data.bin")[:8], len(zf.read("dir/data.bin")))
    print(zf.read("unicode_\u00e9.txt").decode())
    with zf.open("hello.txt") as f:
        print(f.readline(), f.read(5), f.read())
    print(zf.testzip())
    info = zf.getinfo("hello.txt")
    print(info.filename, info.file_size, info.compress_size, info.flag_bits)
    try:
        zf.getinfo("missing")
    except KeyError as e:
        print("KeyError", e)
    try:
        zf.read("missing")
    except KeyError as e:
        print("KeyError", e)

# deflated round trip, append mode
buf = io.BytesIO()
text = ("The quick brown fox jumps over the lazy dog. " * 200).encode()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("fox.txt", text)
    with zf.open("stream.txt", "w") as w:
        w.write(b"line 1\n")
        w.write(b"line 2\n")
with zipfile.ZipFile(buf, "a") as zf:
    zf.writestr("added.txt", b"appended")
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
    print(zf.namelist())
    i = zf.getinfo("fox.txt")
    print(i.compress_type == zipfile.ZIP_DEFLATED, i.file_size, i.compress_size < i.file_size)
    print(zf.read("fox.txt") == text, zf.read("stream.txt"), zf.read("added.txt"))
    print([(i.filename, i.file_size) for i in zf.infolist()])

# errors
for bad in [b"", b"PK\x03\x04garbage", b"x" * 100]:
    try:
        zipfile.ZipFile(io.BytesIO(bad))
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
corrupt = bytearray(data)
i = corrupt.index(b"hello world")
corrupt[i] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as zf:
    try:
        zf.read("hello.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
    print(zf.testzip())
try:
    zipfile.ZipFile(io.BytesIO(), "x" if False else "q")
except ValueError as e:
    print("ValueError", e)
try:
    zipfile.ZipFile(io.BytesIO(), "w", compression=99)
except NotImplementedError as e:
    print("NotImplementedError", e)
zf = zipfile.ZipFile(io.BytesIO(), "w")
zf.close()
try:
    zf.writestr("a", b"b")
except ValueError as e:
    print("ValueError", e)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
