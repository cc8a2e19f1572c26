# Generate zero-padded invoice IDs and compare zfill with format padding
invoices = [7, 42, 1234, 98765, -17, 0]

for n in invoices:
    print(f"INV-{str(n).zfill(6)}  fmt={n:06d}  rjust={str(n).rjust(6, '0')}")

print()
for s in ["+42", "-3.14", "abc", "", "1e5", "--1"]:
    print(f"{s!r:>8}.zfill(6) -> {s.zfill(6)!r}")

def build_id(prefix: str, year: int, seq: int, width: int = 5) -> str:
    return f"{prefix}{year % 100:02d}{str(seq).zfill(width)}"

print()
ids = [build_id("PO", 2000 + y, s) for y, s in [(3, 1), (23, 450), (9, 99999), (10, 123456)]]
for i in ids:
    print(i, len(i))

print()
print("binary:", [bin(x)[2:].zfill(8) for x in (1, 5, 255, 128)])
print("hex   :", [format(x, "04x") for x in (1, 255, 4096, 65535)])
print("octal :", ["%04o" % x for x in (8, 64, 511)])
times = [(9, 5, 3), (13, 45, 0), (0, 0, 59)]
print("times :", ", ".join(":".join(str(p).zfill(2) for p in t) for t in times))
