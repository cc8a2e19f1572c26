# Bucket ages into ranges and print a text histogram with percentages
ages = [23, 35, 41, 19, 67, 52, 30, 28, 44, 71, 38, 25, 59, 33, 47, 62, 18, 55, 29, 40, 36, 81]

edges = [18, 25, 35, 45, 55, 65, 120]
labels = [f"{lo}-{hi - 1}" if hi < 120 else f"{lo}+" for lo, hi in zip(edges, edges[1:])]
counts = dict.fromkeys(labels, 0)
for age in ages:
    for label, lo, hi in zip(labels, edges, edges[1:]):
        if lo <= age < hi:
            counts[label] += 1
            break

total = len(ages)
print(f"{'bucket':>7} | {'n':>2} | {'pct':>5} |")
for label, n in counts.items():
    print(f"{label:>7} | {n:>2} | {n / total:>5.1%} | {'▇' * n}")
print(f"{'total':>7} | {total:>2} |")

ages_sorted = sorted(ages)
mid = len(ages_sorted) // 2
median = (ages_sorted[mid - 1] + ages_sorted[mid]) / 2 if len(ages) % 2 == 0 else ages_sorted[mid]
print(f"\nmin={ages_sorted[0]} max={ages_sorted[-1]} median={median} mean={sum(ages) / total:.2f}")
by_decade = {}
for a in ages:
    by_decade.setdefault(a // 10 * 10, []).append(a)
for decade in sorted(by_decade):
    print(f"{decade}s: {sorted(by_decade[decade])}")
