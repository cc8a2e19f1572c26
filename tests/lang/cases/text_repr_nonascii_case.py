# repr() of non-ASCII str: characters str.isprintable() accepts are kept, the others escaped
# (\xNN, \uNNNN, \UNNNNNNNN); ascii() escapes all of them.
samples = ["Zoë", "naïve café", "日本語", "한국어", "Ελληνικά", "русский", "עברית", "العربية", "हिन्दी", "😀👍🏽",
           "e\u0301", "\u00a0nbsp", "\u2009thin", "\u3000ideographic", "\u200b\u200c\u200d", "\u00ad", "\u2028\u2029",
           "\x85", "\x7f\x80\x9f", "\ufeff", "\ufffd", "\uffff", "\ue000", "\U000f0000", "\ud800", "\udfff", "\U000e0001",
           "\u0378", "\U0001f9ff", "\U00020000", "\U0010ffff", "\u061c", "\u2066", "\u1680", "\u205f", "it's", "\"both'",
           "tab\tnew\nret\r", "\\back", "\x00\x1b"]
for s in samples:
    print(repr(s), ascii(s), s.isprintable(), len(repr(s)))
print(repr(samples[:5]), repr(("é",)), repr({"ß": "ñ"}), repr({"ü"}))
print("%r %a" % ("Zoë", "Zoë"), f"{'Zoë'!r} {'Zoë'!a}", "{!r}".format("\u2028"))
print(repr(b"\xc3\xa9"), repr(bytearray("é", "utf-8")))


class S(str):
    pass


print(repr(S("Zoë")), str(S("\u00a0")) == "\u00a0")
# every code point of some blocks: the number kept by repr and by isprintable agree
for lo, hi in [(0, 0x500), (0x2000, 0x2100), (0xd7f0, 0xe010), (0xfff0, 0x10000), (0x1f300, 0x1f400), (0xe0000, 0xe0080)]:
    kept = [c for c in range(lo, hi) if len(repr(chr(c))) == 3]
    printable = [c for c in range(lo, hi) if chr(c).isprintable()]
    print(hex(lo), len(kept), len(printable), sum(kept) % 100003)
