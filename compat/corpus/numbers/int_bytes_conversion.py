# Serialize integers with to_bytes/from_bytes in big and little endian, signed and unsigned
values = [0, 1, 255, 256, 65535, 1_000_000, 2 ** 32 - 1, 0xDEADBEEF]
for v in values:
    be = v.to_bytes(4, "big")
    le = v.to_bytes(4, "little")
    print(f"{v:>10}  big={be.hex(' ')}  little={le.hex(' ')}  back={int.from_bytes(le, 'little')}")

print()
for v in [-1, -128, -129, 127, -32768]:
    b = v.to_bytes(2, "big", signed=True)
    print(f"{v:>6} -> {b!r} -> unsigned {int.from_bytes(b, 'big')} -> signed {int.from_bytes(b, 'big', signed=True)}")

try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)

print("default args:", (65).to_bytes(), int.from_bytes(b"\x01\x00"))
big = 2 ** 100 + 12345
nbytes = (big.bit_length() + 7) // 8
raw = big.to_bytes(nbytes, "big")
print(f"2**100+12345 in {nbytes} bytes: {raw.hex()}")
print("round trip:", int.from_bytes(raw, "big") == big)

# parse a little packet header
packet = bytes([0x01, 0x00, 0x2A, 0x00, 0x00, 0x01, 0xF4, 0xFF, 0xFE])
version = packet[0]
length = int.from_bytes(packet[1:3], "little")
seq = int.from_bytes(packet[3:7], "big")
delta = int.from_bytes(packet[7:9], "big", signed=True)
print(f"version={version} length={length} seq={seq} delta={delta}")
print("from list:", int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\xff\xff"), "little", signed=True))
