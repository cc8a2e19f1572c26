import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
         "sha3_384", "sha3_512", "blake2b", "blake2s"]
inputs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 128,
          b"a" * 135, b"a" * 136, b"a" * 137, bytes(range(256)) * 9]
for name in names:
    print(name, [hashlib.new(name, d).hexdigest()[:16] for d in inputs])
    h = hashlib.new(name)
    for i in range(50):
        h.update(b"x" * i)
    c = h.copy()
    c.update(b"more")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], h.digest() == bytes.fromhex(h.hexdigest()))
for name in ("shake_128", "shake_256"):
    h = hashlib.new(name, b"hello")
    print(name, h.hexdigest(10), h.digest(0), len(h.digest(500)), h.digest_size, h.block_size)
print(hashlib.blake2b(b"data", digest_size=16, key=b"k" * 10, salt=b"s" * 16, person=b"p" * 16).hexdigest())
print(hashlib.blake2s(b"data", digest_size=20, key=b"secret", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2b(b"x" * 300, fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest()[:32])
print(hashlib.blake2s(key=b"k" * 32).hexdigest()[:16], hashlib.blake2b(key=b"k" * 64).hexdigest()[:16])
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE, sorted(hashlib.algorithms_guaranteed))
print(hashlib.sha256(string=b"kw").hexdigest()[:16])
for bad in (lambda: hashlib.sha256("text"), lambda: hashlib.md5().update("x"), lambda: hashlib.new("nope"),
            lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"x" * 33),
            lambda: hashlib.blake2b(salt=b"x" * 17), lambda: hashlib.sha1(5),
            lambda: hashlib.blake2b(node_offset="x"),
            lambda: hashlib.blake2b(node_offset=2**64), lambda: hashlib.blake2b(node_offset=-1),
            lambda: hashlib.blake2s(node_offset=2**48), lambda: hashlib.shake_128(b"x").digest(),
            lambda: hashlib.shake_128(b"x").hexdigest(), lambda: hashlib.sha256().digest(3),
            lambda: hashlib.md5().hexdigest(1), lambda: hashlib.blake2s().digest(1)):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(hashlib.blake2b(node_offset=2**64 - 1).hexdigest()[:16], hashlib.blake2s(node_offset=2**48 - 1).hexdigest()[:16])
print(hashlib.sha256(memoryview(b"abc")).hexdigest()[:16], hashlib.md5(bytearray(b"abc")).hexdigest()[:16])
h = hashlib.sha512(b"x" * 1000)
print(h.hexdigest() == hashlib.sha512(b"x" * 1000).hexdigest(), h.copy().digest() == h.digest())
