# Encode binary data as base64, base32, base16, ascii85 and url-safe variants
import base64
import binascii

data = "Python ♥ bytes\x00\xff".encode("utf-8")
print("raw      :", data)
print("b64      :", base64.b64encode(data))
print("urlsafe  :", base64.urlsafe_b64encode(data))
print("b32      :", base64.b32encode(data))
print("b16      :", base64.b16encode(data))
print("a85      :", base64.a85encode(data))
print("b85      :", base64.b85encode(data))

assert base64.b64decode(base64.b64encode(data)) == data
assert base64.b32decode(base64.b32encode(data)) == data

print()
for n in range(0, 7):
    chunk = b"abcdef"[:n]
    print(f"{chunk!r:<10} -> {base64.b64encode(chunk).decode():<10} padding={base64.b64encode(chunk).count(b'=')}")

token = base64.urlsafe_b64encode(b"\xfb\xff\xfe user:42").rstrip(b"=")
print("token:", token.decode())
padded = token + b"=" * (-len(token) % 4)
print("decoded:", base64.urlsafe_b64decode(padded))

print("hexlify:", binascii.hexlify(b"\x01\xab"), binascii.unhexlify("cafe"))
print("crc32:", binascii.crc32(b"hello world"), hex(binascii.crc32(b"")))
print("b64 lines:", base64.encodebytes(b"x" * 60))
try:
    base64.b64decode("abc", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode("ab!c", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
