# Encode binary data with base64 variants: standard, urlsafe, base32, base16, a85/b85
import base64
import json

data = bytes([0, 1, 2, 250, 251, 252, 253, 254, 255]) + b"hello?>"
print("b64:", base64.b64encode(data).decode())
print("urlsafe:", base64.urlsafe_b64encode(data).decode())
print("b32:", base64.b32encode(data).decode())
print("b32hex:", base64.b32hexencode(data).decode())
print("b16:", base64.b16encode(data).decode())
print("a85:", base64.a85encode(data).decode())
print("b85:", base64.b85encode(data).decode())
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)]:
    assert dec(enc(data)) == data
print("round trips ok")

# JWT-style segments: urlsafe without padding
header = {"alg": "HS256", "typ": "JWT"}
seg = base64.urlsafe_b64encode(json.dumps(header, separators=(",", ":")).encode()).rstrip(b"=")
print("jwt header:", seg.decode())
padded = seg + b"=" * (-len(seg) % 4)
print("decoded:", json.loads(base64.urlsafe_b64decode(padded)))

for n in range(1, 7):
    print(n, base64.b64encode(b"x" * n).decode())
try:
    base64.b64decode("abc", validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(base64.b64decode("aGVs bG8=\n"))
try:
    base64.b64decode("aGVs*bG8=", validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(base64.encodebytes(b"z" * 60).decode().splitlines())
print(base64.standard_b64decode(b"Zm9vYmFy"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
