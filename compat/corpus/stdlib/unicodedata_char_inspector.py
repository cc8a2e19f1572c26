# Inspect characters of mixed-script strings: categories histogram, scripts by name prefix, width
import unicodedata
from collections import Counter

text = "Hello, Wörld! Привет мир — 你好世界 ١٢٣ 🙂 ½ café\u00a0end"

cats = Counter(unicodedata.category(ch) for ch in text)
for cat, n in sorted(cats.items()):
    print(f"{cat}: {n}")

major = Counter(unicodedata.category(ch)[0] for ch in text)
print("major classes:", dict(sorted(major.items())))


def script_of(ch):
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "CJK", "ARABIC", "GREEK"):
        if name.startswith(script):
            return script
    return "OTHER"


scripts = Counter(script_of(ch) for ch in text if ch.isalpha())
print("scripts:", sorted(scripts.items()))


def display_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


for word in ["abc", "你好", "e\u0301", "🙂x"]:
    print(f"{word!r}: len={len(word)} width={display_width(word)}")

digits = [ch for ch in text if unicodedata.category(ch) == "Nd"]
print("digits:", digits, "values:", [unicodedata.digit(d) for d in digits])
print("int() on arabic digits:", int("".join(digits)))
spaces = [f"U+{ord(c):04X}" for c in text if unicodedata.category(c).startswith("Z")]
print("spaces:", spaces)
print(unicodedata.name("—"), "|", unicodedata.name("\u00a0"), "|", unicodedata.name("½"))
print([c for c in "ABCabc" if unicodedata.category(c) == "Lu"], "ß".upper(), "ǅ".lower(), "ǆ".title())
print(unicodedata.unidata_version >= "13", unicodedata.ucd_3_2_0.normalize("NFC", "e\u0301"))
