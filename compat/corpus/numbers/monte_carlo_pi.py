# Estimate pi with a seeded Monte Carlo simulation and report convergence
import math
import random

def estimate(samples: int, rng: random.Random) -> float:
    inside = 0
    for _ in range(samples):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / samples

rng = random.Random(20240601)
print(f"{'samples':>8} {'estimate':>10} {'error':>10}")
for n in (100, 1000, 10000, 50000):
    est = estimate(n, rng)
    print(f"{n:>8} {est:>10.5f} {abs(est - math.pi):>10.5f}")

random.seed(3)
trials = [estimate(2000, random) for _ in range(10)]
mean = sum(trials) / len(trials)
var = sum((t - mean) ** 2 for t in trials) / (len(trials) - 1)
print("trials:", [round(t, 3) for t in trials])
print(f"mean {mean:.5f}, sd {math.sqrt(var):.5f}")

# Buffon's needle with needle length = line spacing
random.seed(8)
hits = 0
n = 20000
for _ in range(n):
    center = random.uniform(0, 0.5)
    angle = random.uniform(0, math.pi / 2)
    if center <= 0.5 * math.sin(angle):
        hits += 1
print(f"Buffon estimate: {2 * n / hits:.5f} from {hits} crossings")
