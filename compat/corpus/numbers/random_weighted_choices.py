# Weighted random selection for A/B test traffic and loot drops with choices()
import random
from collections import Counter

random.seed(2023)
variants = ["control", "variant_a", "variant_b"]
assigned = random.choices(variants, weights=[50, 30, 20], k=1000)
c = Counter(assigned)
for v in variants:
    print(f"{v:<10} {c[v]:>4} ({c[v] / 10:.1f}%)")

loot = ["common", "uncommon", "rare", "epic", "legendary"]
cum = [60, 85, 95, 99, 100]
random.seed(77)
drops = random.choices(loot, cum_weights=cum, k=40)
print("drops:", " ".join(d[0].upper() for d in drops))
print("tally:", dict(sorted(Counter(drops).items())))

random.seed(5)
print("unweighted choices:", random.choices("ACGT", k=20))
print("as string:", "".join(random.choices("ACGT", k=30)))

# roulette wheel selection
population = {"x1": 0.1, "x2": 0.4, "x3": 0.2, "x4": 0.3}
random.seed(11)
picked = Counter(random.choices(list(population), weights=list(population.values()), k=500))
print("roulette:", [(k, picked[k]) for k in population])
