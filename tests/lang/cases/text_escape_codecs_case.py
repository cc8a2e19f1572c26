# The unicode_escape and raw_unicode_escape codecs: str.encode, bytes.decode, str(), bytes(),
# their error messages and the error handlers on decoding.
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
        if isinstance(e, UnicodeError):
            print("   ", e.encoding, e.start, e.end, repr(e.reason), repr(e.object))


texts = ["", "plain ascii", "Zoë\n\t\r\\", "'\"quotes\"'", "日本語", "\U0001f600 smile", "\x00\x01\x1f\x7f\x80\x9f\xa0\xff",
         "\u0100\uffff\U00010000\U0010ffff", "back\\slash\\u1234", "\ud800 lone", "caf\u00e9" * 3]
for s in texts:
    show("ue %r" % s, s.encode, "unicode_escape")
    show("rue %r" % s, s.encode, "raw_unicode_escape")
    for enc in ["unicode_escape", "raw_unicode_escape"]:
        b = s.encode(enc)
        back = b.decode(enc)
        print("  roundtrip", enc, back == s)

# the encoding names, normalized as CPython's codec lookup
for name in ["unicode_escape", "Unicode-Escape", "UNICODE ESCAPE", "raw-unicode-escape", "Raw_Unicode_Escape", "unicodeescape",
             "raw_unicode", "unicode escape "]:
    show("name %r" % name, "é\n".encode, name)
    show("dname %r" % name, b"\\u00e9".decode, name)

blobs = [b"\\n\\t\\r\\b\\f\\v\\a\\\\\\'\\\"", b"\\x41\\x4a\\xff", b"\\u00e9\\u65e5\\uFFFF", b"\\U0001F600\\U0010ffff",
         b"\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{BULLET}\\N{latin capital letter a}", b"\\101\\7\\0\\12x\\3777",
         b"line\\\ncontinued", b"\xe9\xff\x80 latin-1 bytes", b"raw \\u00e9 and \\x41 and \\n", b"a\\", b"\\\\",
         b"\\x", b"\\x4", b"\\x4g", b"\\xg4", b"\\u12", b"\\u123", b"\\u12345", b"\\uzzzz", b"\\U0011ffff", b"\\U0000004",
         b"\\Uffffffff", b"\\N", b"\\N{", b"\\N{}", b"\\N{BULLET", b"\\N{NO SUCH NAME}", b"\\NBULLET", b"ok\\x4\\u12ok",
         b"\\ud800\\udc00", b"\\ud83d\\ude00", b"\\\\u00e9", b"\\\\\\u00e9", b"\\8\\9", b""]
for b in blobs:
    show("ud %r" % b, b.decode, "unicode_escape")
    show("rud %r" % b, b.decode, "raw_unicode_escape")

for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
    for b in [b"a\\x4g\\u12b", b"\\N{NOPE}x\\U00110000y", b"end\\", b"\\u00", b"\\x\xff"]:
        show("%s ud %r" % (errors, b), b.decode, "unicode_escape", errors)
        show("%s rud %r" % (errors, b), b.decode, "raw_unicode_escape", errors)
show("xmlcharrefreplace", b"\\x4".decode, "unicode_escape", "xmlcharrefreplace")
show("unknown handler", b"\\x4".decode, "unicode_escape", "nope")
show("unknown handler ok", b"\\x41".decode, "unicode_escape", "nope")
show("encode handler unused", "é\udc80".encode, "unicode_escape", "strict")
show("encode unknown handler", "é".encode, "raw_unicode_escape", "nope")

# other entry points
show("str()", str, b"\\u00e9\\t", "unicode_escape")
show("str() errors", str, b"\\u00", "unicode_escape", "replace")
show("bytes()", bytes, "é\t", "unicode_escape")
show("bytearray()", bytearray, "é\t\U0001f600", "raw_unicode_escape")
show("bytearray decode", bytearray(b"\\u00e9").decode, "unicode_escape")
show("memoryview", str, memoryview(b"\\x41\\x42"), "unicode_escape")
show("kw", b"\\x41".decode, encoding="unicode_escape", errors="strict")

# a literal's escapes, read back: the classic use
src = r"C:\new\table \u00e9 \x41"
print(src.encode("latin-1").decode("unicode_escape") == "C:\new\table \u00e9 \x41")
print(repr("tab\there".encode("unicode_escape").decode("ascii")))
try:
    b"\\x".decode("unicode_escape")
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
