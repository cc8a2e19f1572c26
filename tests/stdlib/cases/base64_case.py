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
import binascii

for raw in (b"", b"x", b"hello world", bytes(range(256))[::7]):
    print(base64.a85encode(raw), base64.b85encode(raw), base64.a85decode(base64.a85encode(raw)) == raw,
          base64.b85decode(base64.b85encode(raw)) == raw)
print(base64.a85encode(b"\0\0\0\0 xy", foldspaces=True, adobe=True, wrapcol=10, pad=True))
print(base64.a85decode(b"<~9jqo^~>", adobe=True), base64.b85encode(b"abc", pad=True))
for bad in ("a", "abc$", "ab=c", "=abc"):
    for strict in (False, True):
        try:
            print(repr(bad), binascii.a2b_base64(bad, strict_mode=strict))
        except binascii.Error as e:
            print(repr(bad), strict, "binascii.Error", e)
print(binascii.a2b_base64(b"YWJj\nZGVm\n"), binascii.a2b_base64(b"YQ==YWJj"), binascii.a2b_base64(b"Y W J j"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", 2), binascii.hexlify(b"\x01\x02\x03", b":", -2), binascii.b2a_hex(b"ab", "|"))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc_hqx(b"123456789", 0xFFFF))
print(binascii.b2a_uu(b"uuencode me"), binascii.a2b_uu(binascii.b2a_uu(b"uuencode me")), binascii.b2a_uu(b"", backtick=True))
for bad in ("abc", "zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("binascii.Error", e, isinstance(e, ValueError))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error", e)
try:
    base64.b85decode(b"|NsC")
except ValueError as e:
    print("ValueError", e)
