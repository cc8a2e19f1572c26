# Compute checksums of in-memory "files" with several hashlib algorithms and chunked updates
import hashlib
import io

files = {
    "empty.txt": b"",
    "hello.txt": b"hello world\n",
    "data.bin": bytes(range(256)) * 40,
    "unicode.txt": "naïve café ☕\n".encode("utf-8"),
}


def digest_stream(stream, algo, chunk=1024):
    h = hashlib.new(algo)
    while True:
        block = stream.read(chunk)
        if not block:
            break
        h.update(block)
    return h.hexdigest()


for name, content in files.items():
    print(name, len(content), "bytes")
    for algo in ("md5", "sha1", "sha256"):
        one_shot = hashlib.new(algo, content).hexdigest()
        chunked = digest_stream(io.BytesIO(content), algo, chunk=100)
        assert one_shot == chunked
        print(f"  {algo:7} {one_shot}")

h = hashlib.sha512(b"abc")
print("sha512:", h.hexdigest()[:64], "...")
print("sha3_256:", hashlib.sha3_256(b"abc").hexdigest())
print("sizes:", {a: hashlib.new(a).digest_size for a in ("md5", "sha1", "sha256", "sha512", "sha3_256")})
print("block sizes:", hashlib.sha256().block_size, hashlib.md5().block_size)
c = hashlib.sha256(b"prefix-")
c2 = c.copy()
c.update(b"a")
c2.update(b"b")
print(c.hexdigest()[:16], c2.hexdigest()[:16])
print(hashlib.sha256(b"prefix-a").hexdigest()[:16] == c.hexdigest()[:16])
print(hashlib.sha1(b"x").name, len(hashlib.md5(b"x").digest()))
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith("sha3")))
