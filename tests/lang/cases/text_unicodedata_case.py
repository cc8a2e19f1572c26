# The unicodedata module against CPython 3.11 (characters of Unicode 14 and before).
import unicodedata as ud


def show(label, f, *a):
    try:
        r = f(*a)
    except KeyError as e:
        print(label, '->', type(e).__name__, e.args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


for ch in ["A", "a", "é", "\u0301", "1", "٣", "½", "Ⅻ", "一", "가", "각", "\ud7a3", "\u2028", " ", "\xa0",
           "€", "(", "\u200f", "\u05d0", "\U0001F600", "\x00", "\u0378", "\ue000", "\ufb01", "\u00bd",
           "\U0002A6D6", "\uf900", "\U0001B170", "\U00018B00", "𝔘", "\u1160", "¹", "＄", "ｶ", "\u3000"]:
    print(repr(ch), ud.name(ch, "-"), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.mirrored(ch),
          ud.east_asian_width(ch), repr(ud.decomposition(ch)), ud.decimal(ch, None), ud.digit(ch, None),
          ud.numeric(ch, None))
for name in ["LATIN SMALL LETTER A", "latin capital letter e with acute", "SNOWMAN", "GRINNING FACE",
             "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00", "CJK COMPATIBILITY IDEOGRAPH-F900",
             "NULL", "BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
             "KEYCAP NUMBER SIGN", "NUSHU CHARACTER-1B170", "HYPHEN-MINUS", "TIBETAN MARK GTER YIG MGO -UM RNAM BCAD MA",
             "hangul syllable ga", "CJK UNIFIED IDEOGRAPH-4e00", "NO SUCH THING", "", "LATIN  SMALL LETTER A",
             "TANGUT IDEOGRAPH-17000", "x" * 300]:
    show("lookup %r" % name[:40], ud.lookup, name)
print(ud.lookup("EM DASH"), ud.lookup("snowman"))
s = "Ǆé\u1e9b\u0323 ﬁ ｶ ① x\u0301\u0327 가 \u1100\u1161\u11a8 Å Ω ½ Ⅻ ẛ̣ \u0344 \u0f73 \u2126"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, s), ud.is_normalized(form, n))
print(ud.normalize("NFKD", "Ça va très bien, naïve café").encode("ascii", "ignore"))
print(ascii(ud.normalize("NFC", "\u0041\u030a\u0301")), ascii(ud.normalize("NFC", "\u0301a")),
      ascii(ud.normalize("NFD", "\u1e69")), ascii(ud.normalize("NFC", "\u0073\u0323\u0307")),
      ascii(ud.normalize("NFC", "\u0073\u0307\u0323")), ascii(ud.normalize("NFC", "\u1100\u1161\u11a8\u11a8")),
      ud.normalize("NFC", "abc"), ud.normalize("NFKC", ""))
show("normalize form", ud.normalize, "NFX", "a")
show("normalize type", ud.normalize, "NFC", b"a")
show("name type", ud.name, 1)
show("name len", ud.name, "ab")
show("name none", ud.name, "\x00")
show("category len", ud.category, "")
show("decimal not", ud.decimal, "a")
show("digit not", ud.digit, "a")
show("numeric not", ud.numeric, "a")
print(ud.numeric("\u4e07"), ud.numeric("\u5146"), ud.numeric("\u2189"), ud.numeric("\U0001ECB4", -1))
count = 0
for c in list(range(0x20, 0xc00, 7)) + list(range(0x1e00, 0x3000, 7)):
    ch = chr(c)
    n = ud.name(ch, None)
    if n and ud.lookup(n) == ch:
        count += 1
print("round trips", count)
