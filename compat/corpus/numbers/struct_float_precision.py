# Show float32 vs float64 precision loss by packing values with struct
import struct

values = [0.1, 1 / 3, 3.141592653589793, 16777217.0, 1e-45, 1e39, 123.456, -0.0]
print(f"{'value':>22} {'float32 round-trip':>24} {'bytes (f32 LE)':>16} {'rel error':>10}")
for v in values:
    packed = struct.pack("<f", v) if abs(v) < 3.4e38 else None
    if packed is None:
        print(f"{v!r:>22} {'overflow':>24}")
        continue
    back = struct.unpack("<f", packed)[0]
    rel = abs(back - v) / abs(v) if v else 0.0
    print(f"{v!r:>22} {back!r:>24} {packed.hex():>16} {rel:>10.2e}")

print()
rec = struct.pack(">HdI?", 513, 2.5, 4_000_000_000, True)
print("record bytes:", rec.hex(), "size:", struct.calcsize(">HdI?"))
print("unpacked:", struct.unpack(">HdI?", rec))
print("native-aligned size of 'HdI?':", struct.calcsize("=HdI?"))
for fmt in ("b", "B", "h", "i", "q", "e", "f", "d"):
    print(f"format {fmt!r}: {struct.calcsize(fmt)} bytes")
print("half precision 1/3:", struct.unpack("<e", struct.pack("<e", 1 / 3))[0])
try:
    struct.pack("<b", 200)
except struct.error as e:
    print("struct.error:", e)
total32 = 0.0
for _ in range(10):
    total32 = struct.unpack("<f", struct.pack("<f", total32 + 0.1))[0]
print("sum of ten 0.1 in float32:", total32)
