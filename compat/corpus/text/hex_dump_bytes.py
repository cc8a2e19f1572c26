# Produce an xxd-style hex dump of a byte string
def hexdump(data: bytes, width: int = 16) -> str:
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hex_part = " ".join(f"{b:02x}" for b in chunk)
        groups = [hex_part[i:i + 24] for i in range(0, len(hex_part), 24)]
        hex_col = " ".join(groups)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:08x}  {hex_col:<{width * 3}} |{text}|")
    lines.append(f"{len(data):08x}")
    return "\n".join(lines)


payload = "Hello, Wörld!\n\tTabs & ünïcode: ✓\x00\x01\x02".encode("utf-8") + bytes(range(250, 256))
print(hexdump(payload))
print()
print(hexdump(b"short", width=8))
print()
print(payload[:16].hex(), payload[:8].hex("-", 2), bytes.fromhex(payload[:5].hex()))
print(" ".join(f"{b:08b}" for b in b"AZ"), [f"\\x{b:02X}" for b in "✓".encode()])
