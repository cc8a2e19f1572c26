# Manual Base64 and hex encoders/decoders validated against the base64 and binascii modules
import base64
import binascii

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
REVERSE = {c: i for i, c in enumerate(ALPHABET)}

def b64encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        pad = 3 - len(chunk)
        out.append("".join(chars[:4 - pad]) + "=" * pad)
    return "".join(out)

def b64decode(text: str) -> bytes:
    text = text.rstrip("=")
    out = bytearray()
    buf = bits = 0
    for ch in text:
        if ch not in REVERSE:
            raise ValueError(f"invalid base64 character {ch!r}")
        buf = (buf << 6) | REVERSE[ch]
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((buf >> bits) & 0xFF)
    return bytes(out)

def hexdump(data: bytes, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexpart:<{width * 3}} |{text}|")

samples = [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld ✓".encode(), bytes(range(250, 256))]
for s in samples:
    mine = b64encode(s)
    ref = base64.b64encode(s).decode()
    print(f"{s!r:40} {mine:24} match={mine == ref} roundtrip={b64decode(mine) == s}")
print("urlsafe:", base64.urlsafe_b64encode(bytes([251, 255, 190])), base64.b64encode(bytes([251, 255, 190])))
print("b32:", base64.b32encode(b"hello"), "b16:", base64.b16encode(b"hi"))
print("hexlify:", binascii.hexlify(b"\x00\xffabc"), bytes.fromhex("de ad be ef"))
try:
    b64decode("abc$")
except ValueError as e:
    print("error:", e)
hexdump(b"The quick brown fox jumps over the lazy dog\x00\x01\x02\xff")
