# Pack sensor records into a binary file format with struct, then read and validate them
import io
import struct
import zlib
from typing import NamedTuple

MAGIC = b"SNSR"
HEADER = struct.Struct("<4sHHI")        # magic, version, record size, record count
RECORD = struct.Struct("<IhHf8s")        # timestamp, temp (centi-degC), humidity (permille), pressure, station


class Reading(NamedTuple):
    timestamp: int
    temperature: float
    humidity: float
    pressure: float
    station: str


def encode(readings: list[Reading]) -> bytes:
    buf = io.BytesIO()
    buf.write(HEADER.pack(MAGIC, 1, RECORD.size, len(readings)))
    for r in readings:
        buf.write(RECORD.pack(r.timestamp, round(r.temperature * 100), round(r.humidity * 10),
                              r.pressure, r.station.encode("ascii")))
    body = buf.getvalue()
    return body + struct.pack("<I", zlib.crc32(body))


def decode(blob: bytes) -> list[Reading]:
    body, (crc,) = blob[:-4], struct.unpack("<I", blob[-4:])
    if zlib.crc32(body) != crc:
        raise ValueError(f"checksum mismatch: stored {crc:08x}, computed {zlib.crc32(body):08x}")
    magic, version, rsize, count = HEADER.unpack_from(body, 0)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    out = []
    for ts, t, h, p, st in RECORD.iter_unpack(body[HEADER.size:HEADER.size + rsize * count]):
        out.append(Reading(ts, t / 100, h / 10, round(p, 2), st.rstrip(b"\0").decode()))
    return out


readings = [
    Reading(1_700_000_000, 21.37, 45.5, 1013.25, "BER-01"),
    Reading(1_700_000_060, -3.5, 80.1, 1009.8, "OSL-7"),
    Reading(1_700_000_120, 35.02, 12.0, 1001.0, "CAI"),
]
blob = encode(readings)
print("header size:", HEADER.size, "record size:", RECORD.size, "file size:", len(blob))
print("first 16 bytes:", blob[:16].hex(" "))
for r in decode(blob):
    print(f"  {r.station:<7} t={r.timestamp} {r.temperature:6.2f}C {r.humidity:5.1f}% {r.pressure:8.2f}hPa")

corrupted = bytearray(blob)
corrupted[HEADER.size + 5] ^= 0xFF
try:
    decode(bytes(corrupted))
except ValueError as e:
    print("corruption detected:", e)

print("big-endian int:", struct.pack(">I", 0xDEADBEEF).hex(), "little:", struct.pack("<I", 0xDEADBEEF).hex())
print("calcsize little-endian:", struct.calcsize("<bid"), "network order:", struct.calcsize("!bid"))
try:
    struct.pack("<h", 40000)
except struct.error as e:
    print("struct.error:", e)
