# Build a crosstab of survey answers by age group with row percentages
from collections import Counter

responses = [
    ("18-29", "yes"), ("30-44", "no"), ("18-29", "yes"), ("45+", "no"), ("30-44", "yes"),
    ("45+", "unsure"), ("18-29", "no"), ("30-44", "yes"), ("45+", "no"), ("18-29", "unsure"),
    ("30-44", "yes"), ("45+", "yes"), ("18-29", "yes"), ("45+", "no"), ("30-44", "unsure"),
]

groups = ["18-29", "30-44", "45+"]
answers = ["yes", "no", "unsure"]
ct = Counter(responses)

print(f"{'':<8}" + "".join(f"{a:>8}" for a in answers) + f"{'n':>6}")
for g in groups:
    n = sum(ct[(g, a)] for a in answers)
    cells = "".join(f"{ct[(g, a)] / n:>8.0%}" for a in answers)
    print(f"{g:<8}{cells}{n:>6}")
col_totals = {a: sum(ct[(g, a)] for g in groups) for a in answers}
print(f"{'all':<8}" + "".join(f"{col_totals[a] / len(responses):>8.0%}" for a in answers) + f"{len(responses):>6}")

print("\nRaw counts:")
for g in groups:
    print(f"  {g:<6}", [ct[(g, a)] for a in answers])
most = max(groups, key=lambda g: ct[(g, "yes")] / sum(ct[(g, a)] for a in answers))
print("Most supportive group:", most)
