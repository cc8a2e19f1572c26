# Parse a small binary-ish text protocol using bytes methods
RAW = b"HELLO v2\r\nNAME: sensor-01\r\nTEMP: 21.5\r\nFLAGS: a,b,,c\r\nDATA: 48656c6c6f\r\n\r\npayload bytes here"

head, sep, body = RAW.partition(b"\r\n\r\n")
first, *header_lines = head.split(b"\r\n")
proto, version = first.split(b" ")
print(proto, version, version.lstrip(b"v").decode(), int(version[1:]))

headers = {}
for line in header_lines:
    key, _, value = line.partition(b":")
    headers[key.strip().lower().decode()] = value.strip()
for k, v in headers.items():
    print(f"{k:<6} {v!r}")

print("temp:", float(headers["temp"]))
print("flags:", [f for f in headers["flags"].split(b",") if f])
print("data:", bytes.fromhex(headers["data"].decode()), bytes.fromhex("de ad be ef").hex(":"))
print("body:", body.upper(), body.title(), body.count(b"e"), body.find(b"bytes"))
print(b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"Abc".istitle(), b"abc1".isalnum())
print(b"-".join([b"a", b"b", b"c"]), b"x".center(5, b"*"), b"42".zfill(5), b"  pad ".strip())
print(b"a,b;c".replace(b";", b","), b"hello"[1], b"hello"[1:2], list(b"hi"), bytes([104, 105]))
print(b"%08.3f|%-4s|" % (3.14159, b"ab"), b"abc" < b"abd", b"ABC".lower().startswith((b"x", b"ab")))
print(int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), b"\x00\x10".hex())
b"text" + "str"
