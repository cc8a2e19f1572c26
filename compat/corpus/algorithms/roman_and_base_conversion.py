# Roman numerals both ways plus base conversion (2..36), balanced ternary and validation errors
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)

def from_roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

def balanced_ternary(n):
    out = ""
    while n:
        r = n % 3
        if r == 2:
            out = "-" + out; n = n // 3 + 1
        else:
            out = str(r).replace("1", "+") + out; n //= 3
    return out or "0"

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:5d} -> {r:12} -> {from_roman(r)}")
for bad in ["IIII", "VX", "MMMM"]:
    try:
        print(from_roman(bad))
    except (ValueError, KeyError) as e:
        print(f"{bad}: {type(e).__name__} {e}")
for n in [255, -255, 2**64, 123456789]:
    reps = {b: to_base(n, b) for b in (2, 8, 16, 36)}
    print(n, reps, all(int(v, b) == n for b, v in reps.items()))
print([balanced_ternary(n) for n in range(-4, 9)])
print(int("zz", 36), int("0x1F", 16), int("0b1011", 0), int("  42  "), int("1_000_000"))
