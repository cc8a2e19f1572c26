# Binary formats: packing and unpacking fixed-layout records with struct, int.from_bytes,
# memoryview slicing, a varint codec, base64 and hex round trips, a checksum per frame.
import base64
import struct
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 150000

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<IhHdq8s")


def encode_varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def decode_varints(buf):
    values, n, shift = [], 0, 0
    for b in buf:
        n |= (b & 0x7F) << shift
        if b & 0x80:
            shift += 7
        else:
            values.append(n)
            n, shift = 0, 0
    return values


def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return b << 16 | a


records = []
for i in range(N):
    records.append(RECORD.pack(i * 2654435761 & 0xFFFFFFFF, (i % 600) - 300, i % 65536,
                               i / 7.0, -i * 1000003, ("n%06d" % i).encode()))
body = b"".join(records)
frame = HEADER.pack(b"RECS", 1, RECORD.size, N) + body
print("frame bytes", len(frame), "record size", RECORD.size, "adler32 %08x" % adler32(frame[:65536]))

view = memoryview(frame)
magic, version, size, count = HEADER.unpack_from(view, 0)
total_h = total_d = total_q = 0
names = 0
for k in range(count):
    ident, h, u, d, q, name = RECORD.unpack_from(view, HEADER.size + k * size)
    total_h += h
    total_d += d
    total_q += q
    if name.startswith(b"n0001"):
        names += 1
print("unpacked", magic, version, count, total_h, "%.6f" % total_d, total_q, names)
ids = [int.from_bytes(frame[HEADER.size + k * size:HEADER.size + k * size + 4], "little") for k in range(0, count, 3)]
print("from_bytes", sum(ids) & 0xFFFFFFFFFFFF, max(ids).to_bytes(4, "big").hex())
blob = b"".join(encode_varint(x * x) for x in range(N))
back = decode_varints(blob)
print("varints", len(blob), back[-1] == (N - 1) ** 2, sum(back) % 1000003)
text = base64.b64encode(body[: 30 * RECORD.size]).decode()
print("base64", len(text), text[:24], base64.b64decode(text) == body[: 30 * RECORD.size])
print("hex", body[:12].hex(), bytes.fromhex("deadbeef") + b"\x00",
      struct.unpack(">hHf", b"\xff\xfe\x01\x02\x3f\x80\x00\x00"))
