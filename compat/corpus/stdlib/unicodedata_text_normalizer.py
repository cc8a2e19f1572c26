# Normalize and classify Unicode text with unicodedata: NFC/NFD/NFKC/NFKD, categories, accent stripping
import unicodedata

samples = ["Café", "Cafe\u0301", "ﬁancé", "①②③", "Ｆｕｌｌｗｉｄｔｈ", "Ångström", "x²+y²"]
for s in samples:
    forms = {f: unicodedata.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")}
    print(f"{s!r:24} len={len(s)} NFC={len(forms['NFC'])} NFD={len(forms['NFD'])} NFKC={forms['NFKC']!r}")

print("Café" == "Cafe\u0301", unicodedata.normalize("NFC", "Café") == unicodedata.normalize("NFC", "Cafe\u0301"))
print(unicodedata.is_normalized("NFC", "Cafe\u0301"), unicodedata.is_normalized("NFD", "Cafe\u0301"))


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text):
    text = strip_accents(text).lower()
    out, dash = [], False
    for ch in text:
        if ch.isalnum() and ch.isascii():
            out.append(ch)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


for title in ["Crème Brûlée Recipe!", "Łódź & Kraków — travel", "Ærøskøbing naïve café", "ﬁnal Ⅻ"]:
    print(f"{title!r} -> {slugify(title)!r}")

for ch in "aZ5 ,€é\u0301中😀\t":
    print(f"U+{ord(ch):04X} {unicodedata.category(ch):2} {unicodedata.name(ch, '<no name>')}")
print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("GREEK SMALL LETTER ALPHA"))
print(unicodedata.numeric("⅞"), unicodedata.digit("٣"), unicodedata.decimal("７"))
print(unicodedata.bidirectional("א"), unicodedata.east_asian_width("中"), unicodedata.mirrored("("))
print(unicodedata.decomposition("é"), unicodedata.decomposition("ﬁ"))
try:
    unicodedata.lookup("NOT A REAL CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
