# Inspect characters with unicodedata: names, categories, numeric values and lookups
import unicodedata
from collections import Counter

text = "Añ5½ Ω€—\t٣!"
print(f"{'char':<6}{'code':<9}{'cat':<5}{'bidi':<5}{'numeric':<9}name")
for ch in text:
    num = unicodedata.numeric(ch, None)
    name = unicodedata.name(ch, "<no name>")
    print(f"{ch!r:<6}U+{ord(ch):04X}   {unicodedata.category(ch):<5}{unicodedata.bidirectional(ch):<5}{str(num):<9}{name}")

print()
for name in ["LATIN SMALL LETTER SHARP S", "EURO SIGN", "GREEK CAPITAL LETTER OMEGA", "SNOWMAN", "BLACK HEART SUIT"]:
    ch = unicodedata.lookup(name)
    print(f"{name:<28} -> {ch} U+{ord(ch):04X} {ch.encode('utf-8').hex()}")
try:
    unicodedata.lookup("NOT A REAL CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)

sample = "Hello, Wörld! 123 — ½ ☃ 你好"
cats = Counter(unicodedata.category(c)[0] for c in sample)
print("major categories:", dict(sorted(cats.items())))
print("digits:", [unicodedata.digit(c) for c in "0١۲३"], unicodedata.decimal("٧"))
print("mirrored:", [unicodedata.mirrored(c) for c in "()<>a"])
print("combining:", unicodedata.combining("\u0301"), unicodedata.east_asian_width("你"), unicodedata.east_asian_width("a"))
print("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}", "\N{EM DASH}".encode())
