# Strip accents and compare strings using unicodedata normalization forms
import unicodedata

words = ["café", "naïve", "Ångström", "façade", "résumé", "Zürich", "São Paulo", "Đorđe", "ﬁancé"]

def strip_accents(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")

for w in words:
    nfc = unicodedata.normalize("NFC", w)
    nfd = unicodedata.normalize("NFD", w)
    nfkc = unicodedata.normalize("NFKC", w)
    print(f"{w:<10} nfc={len(nfc):2} nfd={len(nfd):2} nfkc={nfkc!r:<12} plain={strip_accents(w)!r}")

composed = "\u00e9"
decomposed = "e\u0301"
print()
print("equal raw:", composed == decomposed)
print("equal NFC:", unicodedata.normalize("NFC", composed) == unicodedata.normalize("NFC", decomposed))
print("is_normalized:", unicodedata.is_normalized("NFC", decomposed), unicodedata.is_normalized("NFD", decomposed))
print("ascii-ish:", strip_accents("Crème Brûlée").encode("ascii", "ignore").decode())
for ch in "é\u0301ﬁ²":
    print(f"U+{ord(ch):04X} {unicodedata.name(ch)} cat={unicodedata.category(ch)} "
          f"decomp={unicodedata.decomposition(ch)!r}")
