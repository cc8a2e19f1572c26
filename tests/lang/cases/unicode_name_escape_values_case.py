# \N{NAME} escapes give the named character (the Unicode name database's code point)
s = "\N{LATIN CAPITAL LETTER A}\N{GREEK SMALL LETTER ALPHA}\N{NO-BREAK SPACE}\N{BULLET}"
print(ascii(s), len(s))
print(ascii("\N{EM DASH}\N{EURO SIGN}\N{SNOWMAN}\N{GRINNING FACE}"))
print(ascii("x\N{space}y"), ascii("\N{LATIN SMALL LETTER E WITH ACUTE}"))
print("\N{DIGIT ONE}" == "1", "\N{LINE FEED}" == "\n", "\N{NULL}" == "\x00")
print([hex(ord(c)) for c in "\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}"])
print(b"\N{DIGIT ONE}")
for src in ('"\\N{NO SUCH NAME}"', '"\\N{}"', '"\\N"'):
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
