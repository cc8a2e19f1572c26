# Convert between integers and Roman numerals with validation
NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral: {s}")
    return total

for year in [1, 4, 9, 14, 40, 90, 400, 1666, 1984, 1999, 2024, 3999]:
    r = to_roman(year)
    print(f"{year:>5} -> {r:<16} -> {from_roman(r)}")

for bad in ["IIII", "VX", "MCMXCIV", "XLII"]:
    try:
        print(f"{bad} = {from_roman(bad)}")
    except ValueError as e:
        print(f"{bad}: {e}")

longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print("longest numeral below 4000:", longest, to_roman(longest), len(to_roman(longest)))
print("sum of MMXXIV + XLII =", to_roman(from_roman("MMXXIV") + from_roman("XLII")))
for year in (2025, 0):
    print(f"copyright {to_roman(year)}")
