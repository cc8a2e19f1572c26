# Use itertools.groupby to find consecutive runs in a status timeline
from itertools import groupby

timeline = ["up", "up", "up", "down", "down", "up", "degraded", "degraded", "up", "up",
            "down", "up", "up", "up", "up"]

runs = [(status, len(list(group))) for status, group in groupby(timeline)]
print("Runs:", runs)
longest_up = max(n for s, n in runs if s == "up")
print("Longest uptime streak:", longest_up)
outages = [n for s, n in runs if s == "down"]
print(f"Outages: {len(outages)}, total minutes down: {sum(outages)}")

encoded = "".join(f"{s[0].upper()}{n}" for s, n in runs)
print("Compact:", encoded)

# groupby needs sorted input to group globally
records = [("web", 120), ("db", 40), ("web", 80), ("cache", 5), ("db", 60), ("web", 30)]
key = lambda r: r[0]
for name, grp in groupby(sorted(records, key=key), key=key):
    vals = [v for _, v in grp]
    print(f"{name:<6} n={len(vals)} total={sum(vals):>4} values={vals}")

numbers = [1, 2, 3, 7, 8, 10, 11, 12, 13, 20]
ranges = []
for _, g in groupby(enumerate(numbers), key=lambda p: p[1] - p[0]):
    block = [v for _, v in g]
    ranges.append(f"{block[0]}-{block[-1]}" if len(block) > 1 else str(block[0]))
print("Ranges:", ", ".join(ranges))
