# Case mapping edge cases in German, Turkish, Greek and ligature text
cases = {
    "german": ["straße", "Maße", "GROSS", "ẞ"],
    "turkish": ["İstanbul", "ıspanak", "DİYARBAKIR", "i̇"],
    "greek": ["ΟΔΟΣ", "Σίσυφος", "ὈΔΥΣΣΕΎΣ", "σς"],
    "ligature": ["ﬂour", "ﬀ", "ŉ"],
}

for lang, words in cases.items():
    print(f"[{lang}]")
    for w in words:
        up, low = w.upper(), w.lower()
        print(f"  {w!r:14} upper={up!r:16} lower={low!r:16} len {len(w)}/{len(up)}/{len(low)}")

print()
# Final sigma handling in lower()
for w in ["ΟΔΟΣ", "ΟΔΟΣ ΚΑΙ ΟΔΟΣ", "Σ", "ΑΣ.", "ΑΣΑ"]:
    print(f"{w!r} -> {w.lower()!r}")

print()
# A Turkish-aware helper (Python's default mapping is locale-independent)
def turkish_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()

def turkish_lower(s: str) -> str:
    return s.replace("I", "ı").replace("İ", "i").lower()

for w in ["istanbul", "ılık", "KIRMIZI", "İZMİR"]:
    print(f"{w}: default={w.upper() if w.islower() else w.lower()} turkish={turkish_upper(w) if w.islower() else turkish_lower(w)}")
print([hex(ord(c)) for c in "İ".lower()])
