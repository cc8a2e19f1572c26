# Table-driven CRC-32 and CRC-16/CCITT, Adler-32 and a Luhn check, compared with zlib/binascii
import zlib
import binascii

def make_crc32_table(poly=0xEDB88320):
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ poly if c & 1 else c >> 1
        table.append(c)
    return table

CRC_TABLE = make_crc32_table()

def crc32(data: bytes, crc: int = 0) -> int:
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF

def crc16_ccitt(data: bytes, crc=0xFFFF) -> int:
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc

def adler32(data: bytes) -> int:
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def luhn_valid(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0

print("table[1], table[255]:", hex(CRC_TABLE[1]), hex(CRC_TABLE[255]))
for s in [b"", b"a", b"123456789", b"The quick brown fox jumps over the lazy dog", bytes(range(256))]:
    c = crc32(s)
    print(f"{s[:24]!r:30} crc32={c:08x} zlib={zlib.crc32(s):08x} "
          f"adler={adler32(s):08x}/{zlib.adler32(s):08x} crc16={crc16_ccitt(s):04x}")
part = crc32(b"hello ")
print("incremental:", crc32(b"world", part) == crc32(b"hello world"), hex(binascii.crc32(b"hello world")))
for card in ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "1234567812345678"]:
    print(card, "luhn valid:", luhn_valid(card))
