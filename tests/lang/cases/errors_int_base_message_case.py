# int(str, base): the ValueError names the base the caller gave
for text, base in [("12a", 0), ("0x", 0), ("", 0), ("1__0", 0), ("010", 0), ("0b2", 0),
                   ("12a", 10), ("0x", 16), ("zz", 36), ("9", 8), ("  -0o9 ", 0), ("0x1g", 16),
                   ("1_", 2), ("_1", 10)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(base, "ValueError:", e)
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("0_0", 0), int(" 42 ", 0))
