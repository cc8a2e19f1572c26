# Statistics per group that crashes with an uncaught ZeroDivisionError on an empty group
from collections import defaultdict

measurements = [
    ("sensor-a", 20.5), ("sensor-b", 18.0), ("sensor-a", 21.5),
    ("sensor-c", None), ("sensor-b", 19.0), ("sensor-a", 22.0),
]

groups = defaultdict(list)
for name, value in measurements:
    groups[name]
    if value is not None:
        groups[name].append(value)


def mean(values):
    return sum(values) / len(values)


def spread(values):
    m = mean(values)
    return (sum((v - m) ** 2 for v in values) / len(values)) ** 0.5


for name in sorted(groups):
    values = groups[name]
    print(f"{name}: n={len(values)}", end=" ")
    print(f"mean={mean(values):.2f} spread={spread(values):.3f}")
print("all groups done")
