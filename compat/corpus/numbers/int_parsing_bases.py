# Parse integers from strings in various bases, including prefixes and underscores
samples = [
    ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b1011", 0),
    ("777", 8), ("z", 36), ("zz", 36), ("1_000_000", 10), ("  42  ", 10),
    ("-101", 2), ("+7f", 16), ("10", 3), ("hello", 36),
]
for text, base in samples:
    print(f"int({text!r}, {base}) = {int(text, base)}")

bad = ["12a", "0x", "", "1__0", "08"]
for b in bad:
    try:
        print(int(b, 0))
    except ValueError as exc:
        print(f"ValueError: {exc}")

def to_base(n: int, base: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [0, 10, 255, -255, 1000000, 2**40]:
    conv = [to_base(n, b) for b in (2, 7, 16, 36)]
    print(n, conv, all(int(c, b) == n for c, b in zip(conv, (2, 7, 16, 36))))
