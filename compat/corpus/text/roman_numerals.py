# Convert integers to Roman numerals and back, validating malformed input
NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1..3999)")
    parts = []
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        parts.append(sym * count)
    return "".join(parts)


def from_roman(s: str) -> int:
    s = s.strip().upper()
    total = 0
    for i, ch in enumerate(s):
        if ch not in VALUES:
            raise ValueError(f"invalid numeral {ch!r} in {s!r}")
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)}?)")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2023, 3999]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<14} -> {from_roman(r)}")

for s in ["mcmxc", "IIII", "IC", "MMXXIV", "ABC", "  xlii "]:
    try:
        print(f"{s!r} = {from_roman(s)}")
    except ValueError as e:
        print(f"{s!r}: {e}")

print("longest below 4000:", max((to_roman(i) for i in range(1, 4000)), key=len))
to_roman(0)
