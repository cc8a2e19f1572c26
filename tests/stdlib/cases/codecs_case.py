import codecs

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16_LE, codecs.BOM_LE, codecs.BOM_BE)
for name in ["utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "ascii", "us-ascii", "cp1252",
             "windows-1252", "utf-16", "utf-16-le", "UTF-32BE", "utf-8-sig", "hex", "base64", "rot13",
             "unicode_escape", "koi8-r", "cp437", "mac-roman"]:
    ci = codecs.lookup(name)
    print(name, ci.name, type(ci).__name__, ci._is_text_encoding)
for bad in ["nope", "utf-9", ""]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError", e)
try:
    codecs.lookup(5)
except TypeError as e:
    print("TypeError", e)

s = "na\u00efve caf\u00e9 \u20ac5 \U0001f600"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    b = codecs.encode(s, enc)
    print(enc, b, codecs.decode(b, enc) == s)
for enc in ["latin-1", "ascii", "cp1252", "cp437", "koi8-r"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            print(enc, err, codecs.encode(s, enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "UnicodeEncodeError", e, e.start, e.end, e.reason)
print(codecs.encode(b"\x00\xffhi", "hex"), codecs.decode(b"00ff6869", "hex"))
print(codecs.encode(b"hello world", "base64"), codecs.decode(b"aGVsbG8gd29ybGQ=\n", "base64"))
print(codecs.encode("Hello", "rot13"), codecs.encode(b"aaaaaaaa", "zlib")[:2])
print(codecs.decode(b"caf\\xe9\\n\\u20ac", "unicode_escape"), codecs.encode("caf\u00e9\n\u20ac", "unicode_escape"))
print(codecs.decode(b"\x80abc", "cp1252"), codecs.decode(b"\x81", "cp1252", "replace"))
try:
    codecs.decode(b"\x81", "cp1252")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

bad = b"ab\xff\xfecd\xc3"
for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        r = codecs.decode(bad, "utf-8", err)
        print(err, ascii(r))
    except UnicodeDecodeError as e:
        print(err, "UnicodeDecodeError", e, e.object, e.start, e.end)
print(ascii(bad.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))
try:
    codecs.decode(b"x", "utf-8", "nonexistent-handler")
    print("no error for unused handler")
    codecs.decode(b"\xff", "utf-8", "nonexistent-handler")
except LookupError as e:
    print("LookupError", e)

# custom error handler
def my_handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<U+%04X>" % ord(exc.object[exc.start]), exc.start + 1)
    return ("<%02x>" % exc.object[exc.start], exc.start + 1)
codecs.register_error("angle", my_handler)
print(codecs.lookup_error("angle") is my_handler)
print(codecs.encode("a\u00e9b\u20ac", "ascii", "angle"), codecs.decode(b"a\xffb\xfe", "utf-8", "angle"))
print(codecs.encode("a\u00e9b", "latin-1", "angle"), codecs.encode("x\u20acy", "cp1252", "angle"))
print(codecs.encode("\u0100", "cp437", "angle"))
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"]:
    h = codecs.lookup_error(name)
    exc = UnicodeEncodeError("ascii", "a\u00e9\u20acb", 1, 3, "ordinal not in range(128)")
    try:
        print(name, h(exc))
    except UnicodeEncodeError as e:
        print(name, "raises", type(e).__name__, e)
    dexc = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "invalid start byte")
    try:
        print(name, h(dexc))
    except (UnicodeDecodeError, TypeError) as e:
        print(name, "raises", type(e).__name__, e)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.register_error("x", 5)
except TypeError as e:
    print("TypeError", e)
print(codecs.strict_errors is codecs.lookup_error("strict"), codecs.ignore_errors.__name__ if hasattr(codecs.ignore_errors, "__name__") else "")

# getencoder / getdecoder / incremental
enc = codecs.getencoder("utf-16-le")
dec = codecs.getdecoder("utf-16-le")
print(enc("hi\u20ac"), dec(b"h\x00i\x00"))
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False), codecs.utf_8_decode(b"ab\xe2\x82\xac", "strict", True))
print(codecs.utf_8_encode("\u20ac"), codecs.latin_1_encode("ab"), codecs.ascii_decode(b"ab"))
idec = codecs.getincrementaldecoder("utf-8")()
out = [idec.decode(bytes([b])) for b in "h\u00e9\u20ac\U0001f600".encode("utf-8")]
print(out, idec.decode(b"", final=True))
idec = codecs.getincrementaldecoder("utf-8")()
print(repr(idec.decode(b"\xe2\x82")))
try:
    idec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
idec = codecs.getincrementaldecoder("utf-16")()
print([idec.decode(bytes([b])) for b in "a\u20ac".encode("utf-16")])
ienc = codecs.getincrementalencoder("utf-16")()
print(ienc.encode("a"), ienc.encode("b"), ienc.encode("", final=True))
ienc = codecs.getincrementalencoder("utf-8-sig")()
print(ienc.encode("a"), ienc.encode("b"))
print(codecs.decode(codecs.BOM_UTF8 + b"x", "utf-8-sig"), codecs.decode(b"x", "utf-8-sig"))
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")), list(codecs.iterencode(["a", "\u00e9"], "latin-1")))

# streams
import io
raw = io.BytesIO()
w = codecs.getwriter("utf-8")(raw)
w.write("caf\u00e9\n")
w.writelines(["a\n", "b\n"])
print(raw.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("l1\nl\u00e92\nl3".encode("utf-8")))
print(r.readline(), r.readlines())
r = codecs.getreader("latin-1")(io.BytesIO(b"\xe9t\xe9"))
print(r.read())
sw = codecs.StreamReaderWriter(io.BytesIO(b"x\xc3\xa9"), codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
print(sw.read())
rec = codecs.StreamRecoder(io.BytesIO(b"caf\xe9"), codecs.getencoder("utf-8"), codecs.getdecoder("utf-8"),
                           codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
print(rec.read())

# wrong types
for call in [lambda: codecs.encode(b"x", "utf-8"), lambda: codecs.decode("x", "utf-8"),
             lambda: codecs.encode("x", "hex"), lambda: codecs.encode("x", 5),
             lambda: codecs.encode("x", "utf-8", 5), lambda: codecs.register(5),
             lambda: codecs.decode(b"zz", "hex"), lambda: "x".encode("hex"), lambda: b"x".decode("rot13")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# a custom codec
def search(name):
    if name == "upper_rot":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
                                lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)),
                                name="upper-rot")
    return None
codecs.register(search)
print(codecs.encode("abc", "upper_rot"), codecs.decode(b"ABC", "upper_rot"), codecs.lookup("upper_rot").name)
codecs.unregister(search)
try:
    codecs.lookup("upper_rot")
except LookupError as e:
    print("LookupError", e)
