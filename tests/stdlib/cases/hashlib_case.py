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
# CPython's interface: hexdigest, new, name and sizes, a remembered digest.
for name in ("sha256", "sha1", "md5"):
    h = hashlib.new(name, b"hello")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h.hexdigest() == h.hexdigest())
print(hashlib.sha256(b"abc").hexdigest())
print(sorted(hashlib.algorithms_guaranteed >= {"sha256", "sha1", "md5"} and ["ok"] or []))
try:
    hashlib.new("whirlpool")
except ValueError:
    print("ValueError")
