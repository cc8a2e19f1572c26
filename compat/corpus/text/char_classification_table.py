# Tabulate isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace for tricky characters
samples = ["123", "١٢٣", "²", "½", "Ⅻ", "abc", "Ünïcödé", "abc123", " \t\n", "", "3.14", "-5", "一二三", "ǅ", "\u00a0"]
checks = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isascii", "isprintable"]

header = f"{'sample':<12}" + "".join(f"{c[2:]:>10}" for c in checks)
print(header)
print("-" * len(header))
for s in samples:
    row = f"{s!r:<12}"
    for c in checks:
        row += f"{('yes' if getattr(s, c)() else '-'):>10}"
    print(row)

print()
def safe_int(s: str):
    s = s.strip()
    body = s[1:] if s[:1] in "+-" else s
    return int(s) if body.isdecimal() else None

for s in ["42", " -7 ", "+3", "١٢", "²", "4.0", "", "12a"]:
    print(f"safe_int({s!r}) = {safe_int(s)}")
print(int("١٢٣") + 1, float("٣.٥"))
