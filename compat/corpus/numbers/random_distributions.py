# Draw from uniform, gauss, normalvariate, expovariate and triangular with a fixed seed
import random
import statistics

random.seed(314159)
print("uniform(1, 10):", [round(random.uniform(1, 10), 4) for _ in range(5)])
print("gauss(0, 1):", [round(random.gauss(0, 1), 4) for _ in range(5)])
print("normalvariate(100, 15):", [round(random.normalvariate(100, 15), 2) for _ in range(5)])
print("expovariate(0.5):", [round(random.expovariate(0.5), 4) for _ in range(5)])
print("triangular(0, 10, 3):", [round(random.triangular(0, 10, 3), 4) for _ in range(5)])
print("betavariate(2, 5):", [round(random.betavariate(2, 5), 4) for _ in range(3)])

random.seed(1)
heights = [random.gauss(170, 8) for _ in range(2000)]
print(f"sample mean {statistics.fmean(heights):.3f}, stdev {statistics.stdev(heights):.3f}")
buckets = {}
for h in heights:
    b = int(h // 5 * 5)
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print(f"{b:>4}-{b + 4:<4} {buckets[b]:>4} {'#' * (buckets[b] // 10)}")
print("first value repr:", repr(heights[0]))
