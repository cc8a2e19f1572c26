# Pack and unpack fixed-size binary records (a tiny file format) with struct
import struct
from collections import namedtuple

HEADER = struct.Struct("<4sHHI")   # magic, version, flags, record count
RECORD = struct.Struct("<IhdB3x8s")  # id, delta, value, kind, pad, name
Record = namedtuple("Record", "id delta value kind name")

print("header size:", HEADER.size, "record size:", RECORD.size)
for fmt in ("i", "<i", "@ihq", "<ihq", ">Q", "!H", "3s", "?", "e", "f", "d", "10p"):
    print(f"calcsize({fmt!r}) = {struct.calcsize(fmt)}")

records = [
    Record(1, -5, 3.25, 1, b"alpha"),
    Record(2, 300, -0.5, 2, b"beta"),
    Record(3, 0, 1e10, 3, b"gamma_long_name"),
]
blob = bytearray(HEADER.pack(b"RECS", 1, 0b101, len(records)))
for r in records:
    blob += RECORD.pack(*r)
print("total bytes:", len(blob))
print("header hex:", blob[:HEADER.size].hex())

magic, version, flags, count = HEADER.unpack_from(blob, 0)
print(magic, version, bin(flags), count)
for i, fields in enumerate(RECORD.iter_unpack(bytes(blob[HEADER.size:]))):
    rec = Record(*fields)
    print(i, rec.id, rec.delta, rec.value, rec.kind, rec.name.rstrip(b"\0"))

print(struct.pack(">I", 1).hex(), struct.pack("<I", 1).hex(), struct.pack("!h", -2).hex())
print(struct.unpack("<HH", b"\x01\x00\x02\x00"), struct.unpack(">f", struct.pack(">f", 0.1))[0])
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 7, -7)
print(buf.hex())
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("?", 5), struct.pack("5p", b"hi"), struct.pack("<e", 1.5).hex())
