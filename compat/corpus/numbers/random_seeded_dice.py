# Simulate dice rolls with a seeded RNG and tabulate frequencies
import random
from collections import Counter

random.seed(42)
rolls = [random.randint(1, 6) for _ in range(600)]
print("first 20 rolls:", rolls[:20])
counts = Counter(rolls)
for face in range(1, 7):
    bar = "#" * (counts[face] // 4)
    print(f"{face}: {counts[face]:>4} {bar}")

random.seed(2024)
pairs = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(1000))
print("two-dice sums:")
for total in range(2, 13):
    print(f"  {total:>2}: {pairs[total]:>3} {'*' * (pairs[total] // 5)}")

rng = random.Random(7)
print("randrange:", [rng.randrange(0, 100, 5) for _ in range(8)])
print("random():", [round(rng.random(), 6) for _ in range(4)])
print("getrandbits(32):", rng.getrandbits(32))
print("choice:", rng.choice(["rock", "paper", "scissors"]))
