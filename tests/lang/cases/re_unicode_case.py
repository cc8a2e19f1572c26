# re: Unicode classes (\w \d \s \b) and case-insensitive matching of str patterns for
# every script, as CPython 3.11 (its Unicode 14 data); printed with print(), not repr().
import re


def words(p, s, flags=0):
    print(p, "|", " / ".join(re.findall(p, s, flags)))


words(r"\w+", "Привет, мир! 日本語 ٣٤ Ωmega naïve")
words(r"\w+", "e\u0301t\u0301e combining, हिन्दी, עִבְרִית, العَرَبِيَّة")
words(r"\w+", "x²³ ½ Ⅻ ① ۲۳ 𝟘𝟙 ℕ ǅ ʰ 〆 々 ー ﾟ")
words(r"\w+", "€5 → ✓ 😀ok © ™ · ‿ ⁀ _x_")
words(r"\d+", "١٢٣ ४२ ๑๒ ²³ ½ 𝟘𝟙 ①② ９９")
words(r"\s+", "a\u00a0b\u2003c\u3000d\u200be\u2028f\x1cg")
words(r"\b\w", "über straße ǆungla ŉ 𐐨𐐩")
words(r"[^\W\d_]+", "abc١٢٣def_ghi")
print(re.sub(r"\W+", "-", "Grüße aus Köln, München & Zürich!"))
print(" / ".join(re.split(r"\s+", "один\u2002два\u00a0три")))

# case-insensitive: literals, sets, ranges and back-references
pairs = [("k", "\u212a"), ("K", "\u212a"), ("\u212a", "k"), ("s", "\u017f"), ("\u017f", "S"),
         ("ß", "\u1e9e"), ("\u1e9e", "ß"), ("\u0432", "\u1c80"), ("\u1c80", "\u0412"),
         ("\ufb05", "\ufb06"), ("σ", "ς"), ("ς", "Σ"), ("µ", "μ"), ("µ", "Μ"), ("i", "İ"),
         ("ı", "I"), ("ǅ", "ǆ"), ("ǅ", "Ǆ"), ("ա", "Ա"), ("ა", "Ა"), ("ａ", "Ａ"),
         ("𐐨", "𐐀"), ("ω", "Ω"), ("ω", "\u2126"), ("å", "\u212b"), ("ꭰ", "Ꭰ"), ("ǰ", "J̌")]
for a, b in pairs:
    print(a, b, bool(re.match(a, b, re.I)), bool(re.match("[%s]" % a, b, re.I)),
          bool(re.match("[%s-%s]" % (a, a), b, re.I)), bool(re.match(r"(?i)(.)\1", a + b)),
          bool(re.match(a, b, re.I | re.A)))
for p, s in [("[а-я]+", "Привет МИР"), ("[Α-Ω]+", "αβγ ΔΕΖ"), ("[\u0400-\u042f]+", "ѐЁђ"),
             ("[J-M]+", "jk\u212al"), ("[r-t]+", "\u017fSt"), ("[\U00010428-\U0001044f]+", "𐐀𐐨"),
             ("STRASSE", "straße"), ("straße", "STRAẞE"), ("ǈ+", "ǇǈǉX"), ("[^а-я]", "аБв1")]:
    words(p, s, re.I)
print(re.sub("(?i)привет", "hi", "ПРИВЕТ Привет привет"))
print(" / ".join(re.findall(r"(?i)\b[a-zäöü]+\b", "ÄPFEL und Öl, ÜBER")))
