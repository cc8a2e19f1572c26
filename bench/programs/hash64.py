# 64-bit hashing and masks (large integers in a 32-bit interpreter): SplitMix64, FNV-1a 64,
# a simplified xxHash64 round function, and a Bloom filter with 64-bit words.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 70000

M64 = (1 << 64) - 1
P1, P2, P3 = 0x9E3779B185EBCA87, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return state, z ^ (z >> 31)


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & M64
    return h


def rotl64(x, r):
    return ((x << r) | (x >> (64 - r))) & M64


def xx_round(acc, lane):
    acc = (acc + lane * P2) & M64
    return (rotl64(acc, 31) * P1) & M64


def xxhash64ish(data, seed=0):
    acc = (seed + P3 + len(data)) & M64
    for i in range(0, len(data) - 7, 8):
        lane = int.from_bytes(data[i:i + 8], "little")
        acc = xx_round(acc, lane) ^ acc
    for b in data[len(data) & ~7:]:
        acc = (rotl64(acc ^ (b * P3 & M64), 11) * P1) & M64
    acc ^= acc >> 33
    acc = (acc * P2) & M64
    acc ^= acc >> 29
    return acc


class Bloom:
    def __init__(self, words):
        self.words = [0] * words
        self.nbits = words * 64

    def _positions(self, h):
        h2 = rotl64(h, 32) | 1
        return [((h + i * h2) & M64) % self.nbits for i in range(4)]

    def add(self, h):
        for p in self._positions(h):
            self.words[p >> 6] |= 1 << (p & 63)

    def __contains__(self, h):
        return all(self.words[p >> 6] >> (p & 63) & 1 for p in self._positions(h))


state = 0
xs = []
for _ in range(N):
    state, z = splitmix64(state)
    xs.append(z)
print("splitmix64 %016x %016x" % (xs[0], xs[-1]), "xor %016x" % (sum(xs) & M64))
keys = [("k%d" % x).encode() for x in xs[: N // 2]]
h1 = h2 = 0
bloom = Bloom(N // 8 + 1)
for k in keys:
    a = fnv1a64(k)
    h1 ^= a
    h2 = (h2 * 31 + xxhash64ish(k, 7)) & M64
    bloom.add(a)
print("fnv1a64 %016x xx %016x" % (h1, h2))
false_pos = sum(1 for x in xs[N // 2:] if fnv1a64(("k%d" % x).encode()) in bloom)
print("bloom hits", sum(1 for k in keys if fnv1a64(k) in bloom), "false positives", false_pos)
print("set bits", sum(bin(w).count("1") for w in bloom.words))
signed = xs[1] - (1 << 64) if xs[1] >> 63 else xs[1]
print("signed", signed, hex(-xs[2] & M64), (xs[3] >> 60, xs[3] & 0xF))
