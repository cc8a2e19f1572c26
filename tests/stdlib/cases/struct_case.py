import struct

print(struct.pack(">HdI?", 513, 2.5, 4_000_000_000, True), struct.calcsize(">HdI?"), struct.calcsize("=HdI?"), struct.calcsize("@HdI?"))
print(struct.calcsize("@bid"), struct.calcsize("<bid"), struct.calcsize("@lqnNP"), struct.calcsize("3s2p x 2x 0i"))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<e", struct.pack("<e", 1 / 3)), struct.pack("<e", 65504.0))
print(struct.pack("5p", b"hi"), struct.unpack("5p", b"\x09abcd"), struct.pack("3s", b"abcdef"), struct.pack("?", 5), struct.pack("c", b"x"))
print(struct.pack("<q", -2), struct.pack(">Q", 2**64 - 1), struct.unpack("<qQ", b"\xff" * 16), struct.pack("!h", -2))
s = struct.Struct("<4sHHI")
print(s.size, s.format, s.pack(b"RIFF", 1, 2, 3), s.unpack(b"RIFF\x01\x00\x02\x00\x03\x00\x00\x00"))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 7, -7)
print(buf, struct.unpack_from("<hh", buf, 2), struct.unpack_from("<h", buf, offset=-2), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
print(struct.unpack(">BH", b"\x01\x00\x02"), struct.unpack("<I", memoryview(b"\x01\x00\x00\x00")), struct.pack("<d", float("inf")))
bad = [("<h", 70000), ("<h", 40000), ("<b", 200), ("B", -1), ("<H", -1), ("<I", -1), ("<I", 2**32), ("<i", 2**31),
       ("i", 2**31), ("I", 2**32), ("l", 2**63), ("<q", 2**63), ("<Q", -1), ("h", "x"), ("d", "x"), ("<e", 1e6),
       ("<f", 1e300), ("c", b"ab"), ("s", "str"), ("z", 1), ("3", 1), ("<n", 1), (">h", 40000), (">H", -1),
       (">H", 70000), (">i", 2**31), (">I", -5), (">q", 2**63), (">Q", -1), ("<l", 2**31), ("<L", -1), ("<L", 2**32),
       ("<h", 2**70), ("B", 2**64), (">b", 300), ("@f", 1e300), ("<H", 2**64)]
for fmt, v in bad:
    try:
        print(struct.pack(fmt, v))
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
for call in (lambda: struct.unpack("<I", b"\x00\x01"), lambda: struct.pack("<HH", 1),
             lambda: struct.unpack_from("<I", b"\x00" * 6, 4), lambda: struct.pack_into("<I", bytearray(2), 0, 1),
             lambda: struct.iter_unpack("<I", b"\x00" * 5), lambda: struct.unpack_from("<I", b"\x00" * 6, -2),
             lambda: struct.pack_into("<I", bytearray(8), -2, 1), lambda: struct.Struct(5)):
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception))
