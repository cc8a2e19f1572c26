# str.encode / bytes.decode with the codecs and error handlers, against CPython 3.11.
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except UnicodeError as e:
        print(label, '->', type(e).__name__, e, '|', e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


texts = ["", "abc", "café", "日本", "😀x", "a\udcffb", "\ud800\udc00", "€‚ƒ", "\x80\x9f"]
encodings = ["utf-8", "UTF8", "utf_8", "ascii", "latin-1", "iso-8859-1", "cp1252", "utf-16", "utf-16-le",
             "utf-16-be", "utf-32", "utf-32le", "UTF-32-BE", "utf-8-sig", "us-ascii", "Latin1", "U8"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
            "surrogateescape", "surrogatepass"]
for t in texts:
    for enc in encodings:
        row = []
        for h in handlers:
            try:
                row.append(t.encode(enc, h))
            except UnicodeEncodeError as e:
                row.append("UEE:%s:%d-%d:%s" % (e.encoding, e.start, e.end, e.reason))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
        print(repr(t), enc, row)

datas = [b"", b"abc", b"caf\xc3\xa9", b"\xff", b"a\xffb", b"\xc3", b"\xe2\x82", b"\xe2\x28\xa1", b"\xed\xa0\x80",
         b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80\x81", b"\xef\xbb\xbfx",
         b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00b", b"a", b"\x00\xd8\x00\xdc", b"\x00\xdc", b"\x00\xd8a\x00",
         b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\x81\x8d\x80"]
dencodings = ["utf-8", "ascii", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
              "utf-8-sig"]
for d in datas:
    for enc in dencodings:
        row = []
        for h in handlers:
            if h == "surrogatepass" and enc.startswith("utf-32"):
                continue  # CPython's handler reports odd ranges there
            try:
                row.append(d.decode(enc, h))
            except UnicodeDecodeError as e:
                row.append("UDE:%s:%d-%d:%s" % (e.encoding, e.start, e.end, e.reason))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
        print(repr(d), enc, row)

show("decode ff", b"\xff".decode)
show("decode bytes", b"ab\xe2\x82".decode, "utf-8")
show("decode kw", b"caf\xc3\xa9".decode, encoding="utf-8", errors="strict")
show("decode ascii", b"a\xe9".decode, "ascii")
show("encode ascii", "café".encode, "ascii")
show("encode ascii run", "aéè b".encode, "ascii")
show("encode surrogate", "a\ud800".encode)
show("encode latin", "€".encode, "latin-1")
show("unknown encoding", "a".encode, "klingon")
show("unknown decoding", b"a".decode, "no-such")
show("unknown handler ok", b"a".decode, "utf-8", "bogus")
show("unknown handler bad", b"\xff".decode, "utf-8", "bogus")
show("encode type", "a".encode, 1)
show("errors type", "a".encode, "utf-8", 1)
show("decode type", b"a".decode, None)
show("str(bytes, enc)", str, b"\xe9", "latin-1")
show("str(bytes, errors)", str, b"\xff", errors="replace")
show("str bad", str, b"\xff", "utf-8")
show("bytearray decode", bytearray(b"\xc3\xa9").decode)
show("memoryview str", str, memoryview(b"ab"), "ascii")
show("bytes(str, errors)", bytes, "é", "ascii", "ignore")
show("bytearray(str)", bytearray, "é", "utf-8")
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "reason here")
print(e, e.args, e.start, e.end, repr(e.reason), isinstance(e, ValueError), isinstance(e, UnicodeError))
e2 = UnicodeEncodeError("ascii", "\u20ac", 0, 1, "nope")
print(e2, e2.object, issubclass(UnicodeEncodeError, UnicodeError))
try:
    b"\x80".decode()
except ValueError as e:
    print("caught as ValueError:", e)
print("é".encode(), "é".encode("utf-8"), "x".encode(encoding="utf-16"), b"\xe9".decode("latin1"))
raw = bytes(range(256))
s = raw.decode("utf-8", "surrogateescape")
print(len(s), s.encode("utf-8", "surrogateescape") == raw, raw.decode("latin-1").encode("latin-1") == raw)
