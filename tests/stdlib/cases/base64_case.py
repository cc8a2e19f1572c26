import base64

for raw in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]):
    e = base64.b64encode(raw)
    print(e, base64.b64decode(e) == raw, base64.b32encode(raw), base64.b32decode(base64.b32encode(raw)) == raw)
print(base64.b16encode(b"\x00\xffhi"), base64.b16decode("00FF6869"), base64.b16decode(b"abcd", casefold=True))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", b"-_"))
print(base64.b64decode("aGVs\nbG8="), base64.b64decode(b"aGVsbG8=", validate=True), base64.standard_b64encode(b"x"))
print(base64.encodebytes(b"a" * 60), base64.decodebytes(base64.encodebytes(b"a" * 60)) == b"a" * 60)
print(base64.b32hexencode(b"abc"), base64.b32hexdecode(b"C5H66==="), base64.b32decode("mfrgg===", casefold=True))
for bad in ("a", "abc$"):
    try:
        base64.b64decode(bad, validate=True)
    except ValueError:
        print("ValueError for", repr(bad))
