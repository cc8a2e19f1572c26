# 32/64-bit non-cryptographic hashes (FNV-1a, djb2, sdbm, murmur-style mix) using bit masks
MASK32 = 0xFFFFFFFF
MASK64 = 0xFFFFFFFFFFFFFFFF

def fnv1a_32(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & MASK32
    return h

def fnv1a_64(data: bytes) -> int:
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & MASK64
    return h

def djb2(data: bytes) -> int:
    h = 5381
    for b in data:
        h = ((h << 5) + h + b) & MASK32
    return h

def sdbm(data: bytes) -> int:
    h = 0
    for b in data:
        h = (b + (h << 6) + (h << 16) - h) & MASK32
    return h

def fmix64(k: int) -> int:
    k ^= k >> 33
    k = (k * 0xFF51AFD7ED558CCD) & MASK64
    k ^= k >> 33
    k = (k * 0xC4CEB9FE1A85EC53) & MASK64
    k ^= k >> 33
    return k

words = ["", "a", "foobar", "hello world", "The quick brown fox", "naïve café"]
print(f"{'input':22} {'fnv1a32':>10} {'djb2':>10} {'sdbm':>10} {'fnv1a64':>18}")
for w in words:
    data = w.encode("utf-8")
    print(f"{w!r:22} {fnv1a_32(data):#010x} {djb2(data):#010x} {sdbm(data):#010x} {fnv1a_64(data):#018x}")

buckets = [0] * 8
for i in range(1000):
    buckets[fnv1a_32(f"key-{i}".encode()) % 8] += 1
print("bucket distribution:", buckets)
for k in [0, 1, 2, 12345, MASK64]:
    print(f"fmix64({k}) = {fmix64(k):016x}")
signed = fnv1a_32(b"signed") - (1 << 32) if fnv1a_32(b"signed") & 0x80000000 else fnv1a_32(b"signed")
print("as signed int32:", signed)
