# int(), float() and complex() of a str read Unicode decimal digits and white space as
# CPython does (patch 0222); bytes stay ASCII-only.
samples = ["\u0661\u0662\u0663", "\u06f4\u06f5", "\u0967\u0968", "\uff11\uff12", "\U0001d7ce\U0001d7cf",
           " \u2003-\u0664\u0662\u3000", "\u00a012\u2028", "\u0661_\u0662", "+\u0e51\u0e52\u0e53",
           "\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663"]
for s in samples:
    print(ascii(s), int(s), float(s), complex(s))
print(int("\u0661\u0660", 16), int("\u0661\u0660", 2), int("\u0661\u0660", 0), int("\u0668", 36))
print(float("\u0661.\u0665e\u0662"), float(" -\u0663.\u0661\u0664 "), complex("\u0661+\u0662j"))
print(float("\uff11\uff10\uff10"), int("\u1040\u1041"))
bad = ["\u00b2", "\u2460", "\u0661\u0662x", "\u00bd", "\u0661 \u0662", "", "\u2003", "\u0661\u0662\u0e51.5.",
       "\u0661\u0662\ud800", "\u0661\u0662", "\u0967x"]
for s in bad:
    for f in (int, float, complex, lambda v: int(v, 8), lambda v: int(v, 0)):
        try:
            print(ascii(s), ascii(f(s)))
        except ValueError as e:
            print("ValueError:", ascii(str(e)))
for b in ("\u0661\u0662".encode(), b"\xd9\xa1", bytearray(b"\xef\xbc\x91")):
    for f in (int, float):
        try:
            f(b)
        except ValueError as e:
            print("ValueError:", e)
for base in (-1, 1, 37, -2):
    try:
        int("\u0661", base)
    except ValueError as e:
        print("ValueError:", e)


class S(str):
    pass


print(int(S("\u0663\u0664")), float(S("\u0663.\u0664")))
print("\u0661\u0662".isdecimal(), "\u00b2".isdecimal(), "\u00b2".isdigit())
