# Compute per-student and per-subject grade statistics from nested records
import statistics

grades = {
    "Amara": {"math": [88, 92, 79], "physics": [85, 90], "history": [70, 75, 80]},
    "Bruno": {"math": [65, 70, 72], "physics": [60, 58], "history": [88, 91, 95]},
    "Chloe": {"math": [95, 98, 100], "physics": [92, 96], "history": [84, 80, 86]},
    "Dmitri": {"math": [55, 62, 70], "physics": [75, 72], "history": [65, 60, 58]},
}

def letter(score: float) -> str:
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"

print(f"{'Student':<8}" + "".join(f"{s:>9}" for s in ("math", "physics", "history")) + f"{'overall':>9}  grade")
overall = {}
for student, subjects in grades.items():
    means = {sub: statistics.mean(scores) for sub, scores in subjects.items()}
    overall[student] = statistics.mean(means.values())
    cells = "".join(f"{means[s]:>9.1f}" for s in ("math", "physics", "history"))
    print(f"{student:<8}{cells}{overall[student]:>9.2f}  {letter(overall[student])}")

print("\nSubject summary:")
for subject in ("math", "physics", "history"):
    all_scores = [x for s in grades.values() for x in s[subject]]
    print(f"  {subject:<8} mean={statistics.mean(all_scores):6.2f} median={statistics.median(all_scores):5.1f} "
          f"stdev={statistics.stdev(all_scores):5.2f} range={min(all_scores)}-{max(all_scores)}")

ranking = sorted(overall, key=overall.get, reverse=True)
print("\nRanking:", " > ".join(ranking))
improvers = [n for n, s in grades.items() if s["math"][-1] > s["math"][0]]
print("Improved in math:", improvers)
