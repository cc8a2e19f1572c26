# Compute odometer trip deltas with itertools.pairwise and detect anomalies
from itertools import pairwise

readings = [
    ("2024-03-01", 12010), ("2024-03-02", 12055), ("2024-03-03", 12055), ("2024-03-04", 12190),
    ("2024-03-05", 12184), ("2024-03-06", 12302), ("2024-03-07", 12950), ("2024-03-08", 12988),
]

deltas = []
for (d1, km1), (d2, km2) in pairwise(readings):
    deltas.append((d2, km2 - km1))

for day, km in deltas:
    note = ""
    if km < 0:
        note = "  <-- odometer went backwards!"
    elif km == 0:
        note = "  (parked)"
    elif km > 500:
        note = "  (road trip)"
    print(f"{day}: {km:>5} km{note}")

valid = [km for _, km in deltas if km >= 0]
print(f"total driven: {readings[-1][1] - readings[0][1]} km, average/day: {sum(valid) / len(valid):.1f} km")
changes = [b - a for a, b in pairwise(km for _, km in deltas)]
print("day-to-day change in distance:", changes)
print("pairwise of a string:", ["".join(p) for p in pairwise("ABCD")])
