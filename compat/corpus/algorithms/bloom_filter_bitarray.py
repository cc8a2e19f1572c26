# Bloom filter over a bytearray with double hashing built from FNV-1a and djb2; measures false positives
import math

def fnv1a(data: bytes) -> int:
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h

def djb2(data: bytes) -> int:
    h = 5381
    for b in data:
        h = (h * 33 + b) & 0xFFFFFFFFFFFFFFFF
    return h

class BloomFilter:
    def __init__(self, expected: int, fp_rate: float):
        self.m = math.ceil(-expected * math.log(fp_rate) / math.log(2) ** 2)
        self.k = max(1, round(self.m / expected * math.log(2)))
        self.bits = bytearray((self.m + 7) // 8)
        self.n = 0

    def _positions(self, item: str):
        data = item.encode()
        h1, h2 = fnv1a(data), djb2(data) | 1
        return [(h1 + i * h2) % self.m for i in range(self.k)]

    def add(self, item):
        for p in self._positions(item):
            self.bits[p >> 3] |= 1 << (p & 7)
        self.n += 1

    def __contains__(self, item):
        return all(self.bits[p >> 3] >> (p & 7) & 1 for p in self._positions(item))

    def fill_ratio(self):
        return sum(bin(b).count("1") for b in self.bits) / self.m

bf = BloomFilter(expected=500, fp_rate=0.01)
print(f"bits={bf.m} hashes={bf.k} bytes={len(bf.bits)}")
members = [f"user{i}@example.com" for i in range(500)]
for m in members:
    bf.add(m)
print("all members found:", all(m in bf for m in members))
probes = [f"visitor{i}@example.org" for i in range(5000)]
fp = sum(p in bf for p in probes)
print(f"false positives: {fp}/{len(probes)} = {fp / len(probes):.4f}")
print(f"fill ratio: {bf.fill_ratio():.3f}")
expected_fp = (1 - math.exp(-bf.k * bf.n / bf.m)) ** bf.k
print(f"theoretical fp rate: {expected_fp:.4f}")
print("positions for 'alice':", bf._positions("alice"))
print("'user42@example.com' in bf:", "user42@example.com" in bf)
