# repr() and ascii() of str and bytes, the !a conversion, quote choice as CPython 3.11.
samples = ["", "abc", "café", "naïve Ελληνικά 日本語", "it's", 'say "hi"', "both ' and \"", "back\\slash",
           "tab\there", "nl\nx", "cr\rx", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "\u0378", "\u200b\u200e",
           "\u2028\u2029", "\ue000", "\ud800", "\udcff", "\U0001F600", "\U000E0001", "\U0010FFFF", "\ufeff",
           "\u3000", "\xa0", "a\u0301", "\U0001D538", "'\"'"]
for s in samples:
    print(repr(s), ascii(s), "{!a}".format(s), "{!r:>12}".format(s), "%r|%a" % (s, s))
print(repr(["é", "\x00"]), ascii(["é", b"\xe9"]), ascii({"ключ": "значение"}), ascii(1.5), ascii(None))
for b in [b"", b"abc", b"it's", b'say "x"', b"'\"", b"\x00\x7f\x80\xff", b"\\", b"\t\n\r", bytearray(b"ba'")]:
    print(repr(b), ascii(b), str(b))


class R:
    def __repr__(self):
        return "R<é\u2028>"


print(repr(R()), ascii(R()), "{!a}".format(R()), [R()], ascii([R()]))
print(str("é"), "é", repr("\\"), len(repr("\ud800")), repr("\x7f"), repr("\x85"))
