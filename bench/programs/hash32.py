# 32-bit hashing and bit masks: FNV-1a, MurmurHash3 (x86_32), a table-driven CRC-32
# checked against zlib, and a hash-partitioned bucket count.
import sys
import zlib

N = int(sys.argv[1]) if len(sys.argv) > 1 else 45000

M32 = 0xFFFFFFFF


def fnv1a32(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & M32
    return h


def rotl32(x, r):
    return ((x << r) | (x >> (32 - r))) & M32


def murmur3_32(data, seed=0):
    c1, c2 = 0xCC9E2D51, 0x1B873593
    h = seed
    n = len(data) // 4
    for i in range(n):
        k = data[4 * i] | data[4 * i + 1] << 8 | data[4 * i + 2] << 16 | data[4 * i + 3] << 24
        k = rotl32((k * c1) & M32, 15)
        h ^= (k * c2) & M32
        h = (rotl32(h, 13) * 5 + 0xE6546B64) & M32
    tail = data[4 * n:]
    k = 0
    for j in range(len(tail) - 1, -1, -1):
        k = (k << 8) | tail[j]
    if tail:
        h ^= (rotl32((k * c1) & M32, 15) * c2) & M32
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M32
    return h ^ (h >> 16)


CRC_TABLE = []
for i in range(256):
    c = i
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    CRC_TABLE.append(c)


def crc32(data):
    c = M32
    for b in data:
        c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ M32


keys = [("user:%d:session:%x" % (i, i * 2654435761 & M32)).encode() for i in range(N)]
f = m = c = 0
buckets = [0] * 16
mismatch = 0
for k in keys:
    hf, hm, hc = fnv1a32(k), murmur3_32(k, 0x9747B28C), crc32(k)
    f ^= hf
    m = (m + hm) & M32
    c = rotl32(c, 5) ^ hc
    buckets[hm >> 28] += 1
    if hc != zlib.crc32(k):
        mismatch += 1
print("fnv1a32 %08x murmur3 %08x crc32 %08x" % (f, m, c))
print("murmur3('hello') %08x, fnv1a32(b'') %08x" % (murmur3_32(b"hello"), fnv1a32(b"")))
print("crc mismatches vs zlib", mismatch)
print("buckets", buckets)
mask = 0
for k in keys:
    mask |= 1 << (fnv1a32(k) & 31)
print("bits %08x popcount %d" % (mask, bin(mask).count("1")), (-123) & M32, ~5 & 0xFF, 1 << 31 >> 3)
