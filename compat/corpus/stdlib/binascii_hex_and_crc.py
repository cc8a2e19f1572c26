# Hex dumps, CRC32 checks and hex parsing with binascii
import binascii


def hexdump(data: bytes, width: int = 16) -> None:
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = binascii.hexlify(chunk, " ").decode()
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexpart:<{width * 3}} |{text}|")


packet = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n\x00\x01\xff"
hexdump(packet)

print(binascii.hexlify(b"\xde\xad\xbe\xef"), binascii.hexlify(b"\xde\xad\xbe\xef", "-", 2))
print(binascii.unhexlify("48656c6c6f"), binascii.a2b_hex(b"CAFE"))
print(b"\x01\x02".hex(), bytes.fromhex("0a 0b 0c"))

crc = binascii.crc32(packet)
print("crc32:", crc, hex(crc))
running = 0
for i in range(0, len(packet), 7):
    running = binascii.crc32(packet[i:i + 7], running)
print("incremental matches:", running == crc)
print("crc_hqx:", binascii.crc_hqx(b"123456789", 0xFFFF))
print(binascii.crc32(b"The quick brown fox jumps over the lazy dog") == 0x414FA339)
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.b2a_base64(b"hi there"), binascii.a2b_base64(b"aGkgdGhlcmU=\n"))
print(binascii.b2a_uu(b"uuencode me"))
