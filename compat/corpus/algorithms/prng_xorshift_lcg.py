# Deterministic PRNGs: 64-bit LCG, xorshift64*, splitmix64 and a dice histogram from them
MASK64 = (1 << 64) - 1

class LCG:
    def __init__(self, seed):
        self.state = seed & MASK64
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK64
        return self.state >> 33

class XorShift64Star:
    def __init__(self, seed):
        self.s = seed & MASK64 or 1
    def next(self):
        x = self.s
        x ^= x >> 12
        x ^= (x << 25) & MASK64
        x ^= x >> 27
        self.s = x
        return (x * 0x2545F4914F6CDD1D) & MASK64

def splitmix64(seed):
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        yield z ^ (z >> 31)

lcg = LCG(2024)
print("LCG:", [lcg.next() for _ in range(5)])
xs = XorShift64Star(88172645463325252)
print("xorshift64*:", [hex(xs.next()) for _ in range(4)])
sm = splitmix64(0)
print("splitmix64:", [format(next(sm), "016x") for _ in range(3)])

rng = XorShift64Star(7)
hist = [0] * 6
for _ in range(6000):
    hist[rng.next() % 6] += 1
print("dice histogram:", hist, "total:", sum(hist))
chi2 = sum((h - 1000) ** 2 / 1000 for h in hist)
print(f"chi-square: {chi2:.3f}")

def shuffle(items, gen):
    items = list(items)
    for i in range(len(items) - 1, 0, -1):
        j = next(gen) % (i + 1)
        items[i], items[j] = items[j], items[i]
    return items

print("shuffled:", shuffle(range(12), splitmix64(99)))
print("float in [0,1):", [round((next(sm) >> 11) / (1 << 53), 6) for _ in range(3)])
