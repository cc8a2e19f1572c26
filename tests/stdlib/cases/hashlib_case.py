import hashlib
import binascii

for data in (b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 1000, bytes(range(256)) * 5):
    print(len(data), [binascii.hexlify(h(data).digest()) for h in (hashlib.md5, hashlib.sha1, hashlib.sha256)])
h = hashlib.sha1()
for i in range(100):
    h.update(("chunk %d;" % i).encode())
print(binascii.hexlify(h.digest()))
m = hashlib.md5(b"start")
m.update(b"-end")
print(binascii.hexlify(m.digest()))
