# Nested generator expressions and comprehensions for a grade matrix: transposes, aggregates and ranking
students = ["ana", "ben", "chi", "dev", "eli"]
subjects = ["math", "physics", "history", "art"]
scores = [
    [92, 85, 71, 60],
    [78, 88, 95, 82],
    [65, 70, 58, 99],
    [88, 91, 84, 77],
    [55, 62, 90, 85],
]

averages = {s: sum(row) / len(row) for s, row in zip(students, scores)}
for name, avg in sorted(averages.items(), key=lambda kv: -kv[1]):
    print(f"{name:4} avg={avg:6.2f} " + " ".join(f"{x:3d}" for x in scores[students.index(name)]))

columns = list(zip(*scores))
subject_stats = {
    subj: (min(col), max(col), round(sum(col) / len(col), 1))
    for subj, col in zip(subjects, columns)
}
print("subject (min, max, mean):", subject_stats)
best_per_subject = {subj: students[max(range(len(col)), key=col.__getitem__)] for subj, col in zip(subjects, columns)}
print("best per subject:", best_per_subject)

grade = lambda x: "A" if x >= 90 else "B" if x >= 80 else "C" if x >= 70 else "D" if x >= 60 else "F"
letter_grid = [[grade(x) for x in row] for row in scores]
for name, row in zip(students, letter_grid):
    print(f"  {name}: {''.join(row)}")
print("count of A grades:", sum(g == "A" for row in letter_grid for g in row))
print("failing pairs:", [(students[i], subjects[j]) for i, row in enumerate(scores) for j, x in enumerate(row) if x < 60])

curved = [[min(100, x + 5) for x in row] for row in scores]
delta = sum(c - x for crow, row in zip(curved, scores) for c, x in zip(crow, row))
print("total points added by curve:", delta)
identity = [[int(i == j) for j in range(4)] for i in range(4)]
product = [[sum(a * b for a, b in zip(row, col)) for col in zip(*identity)] for row in scores]
print("times identity unchanged:", product == scores)
ranks = {name: rank for rank, name in enumerate(sorted(students, key=averages.get, reverse=True), 1)}
print("ranks:", ranks)
honor_roll = sorted(n for n in students if all(x >= 70 for x in scores[students.index(n)]))
print("honor roll (all >= 70):", honor_roll)
