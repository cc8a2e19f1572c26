# Build a zip archive in memory with zipfile + io.BytesIO, inspect it, read members, and detect bad CRC
import io
import json
import zipfile

FILES = {
    "manifest.json": json.dumps({"name": "report-bundle", "version": 3, "files": 3}, indent=2),
    "data/sales.csv": "region,total\n" + "".join(f"R{i},{i * 1234}\n" for i in range(1, 40)),
    "docs/README.md": "# Report bundle\n\nGenerated for testing.\n" * 5,
    "empty/": None,
}

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    for name, content in FILES.items():
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 31, 12, 0, 0))
        if content is None:
            info.external_attr = 0o40755 << 16 | 0x10
            zf.writestr(info, b"")
        else:
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".json") else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, content)
    zf.comment = b"built by zip_archive_in_memory"

data = buf.getvalue()
print("archive bytes start with:", data[:4])
print("is zip:", zipfile.is_zipfile(io.BytesIO(data)))

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print("comment:", zf.comment.decode())
    print(f"{'name':<16}{'size':>6}  {'method':<8} {'crc':<8}  shrunk")
    for info in zf.infolist():
        method = "deflate" if info.compress_type == zipfile.ZIP_DEFLATED else "stored"
        shrunk = "yes" if info.compress_size < info.file_size else "no"
        print(f"{info.filename:<16}{info.file_size:>6}  {method:<8} {info.CRC:08x}  {shrunk}"
              f"{'  (dir)' if info.is_dir() else ''}")
    manifest = json.loads(zf.read("manifest.json"))
    print("manifest:", manifest)
    with zf.open("data/sales.csv") as fh:
        lines = io.TextIOWrapper(fh, encoding="utf-8").read().splitlines()
    print("sales rows:", len(lines) - 1, "last:", lines[-1])
    total = sum(int(l.split(",")[1]) for l in lines[1:])
    print("sales total:", total)
    print("testzip:", zf.testzip())
    print("docs members:", [n for n in zf.namelist() if n.startswith("docs/")])

# corrupt one byte inside the stored manifest and let zipfile detect it
raw = bytearray(data)
offset = raw.index(b'"report-bundle"')
raw[offset + 1] ^= 0x20
with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
    try:
        zf.read("manifest.json")
    except zipfile.BadZipFile as e:
        print("corruption detected:", e)
try:
    zipfile.ZipFile(io.BytesIO(b"not a zip"))
except zipfile.BadZipFile as e:
    print("not a zip:", e)
