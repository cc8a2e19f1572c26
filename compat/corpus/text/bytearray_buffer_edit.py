# Build and mutate a byte buffer with bytearray: append, extend, slicing, in-place edits
buf = bytearray()
buf += b"HEADER"
buf.append(0)
buf.extend([1, 2, 3])
buf.extend(b"payload")
print(buf, len(buf))

buf[0:6] = b"HDR"
print("replaced:", buf)
buf[3] = 255
print("byte set:", buf[:8], buf[3])
del buf[4:7]
print("deleted :", buf)
buf.insert(0, ord(">"))
print("inserted:", buf, "pop ->", buf.pop(), buf)
buf.remove(ord("p"))
print("removed :", buf)
buf.reverse()
print("reversed:", buf)
buf.reverse()

checksum = sum(buf) % 256
print(f"checksum=0x{checksum:02x}")
print("hex:", buf.hex(" "), "upper:", buf.upper())

frame = bytearray(b"\x00" * 8)
frame[0:2] = (0xCAFE).to_bytes(2, "big")
frame[2:4] = (513).to_bytes(2, "little")
mv = memoryview(frame)
mv[4:8] = b"DATA"
print(frame, bytes(mv[:2]).hex(), mv[2], mv.tolist()[-4:])

text = bytearray("naïve", "utf-8")
text[0:1] = b"N"
print(text.decode(), text.find(b"\xc3"), text.isascii(), bytearray(b"aXbXc").split(b"X"))
print(bytearray(3), bytearray(b"ab") * 2, bytearray(b"b") in bytearray(b"abc"), bytearray.fromhex("41 42"))
try:
    buf[0] = 256
except ValueError as e:
    print("ValueError:", e)
