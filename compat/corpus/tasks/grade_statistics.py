# Student grade statistics: per-assignment and per-student stats with the statistics module
import statistics
from typing import Dict, List

GRADES: Dict[str, List[float]] = {
    "Amara":  [88, 92, 79, 95, 90],
    "Bjorn":  [72, 65, 80, 70, 68],
    "Chen":   [95, 98, 100, 97, 99],
    "Dmitri": [55, 61, 58, 70, 49],
    "Elena":  [82, 85, 88, 84, 91],
    "Farah":  [90, 72, 85, 60, 88],
}
ASSIGNMENTS = ["HW1", "HW2", "Midterm", "HW3", "Final"]
WEIGHTS = [0.1, 0.1, 0.3, 0.1, 0.4]


def letter(score: float) -> str:
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


def weighted(scores: List[float]) -> float:
    return sum(s * w for s, w in zip(scores, WEIGHTS))


def main() -> None:
    print("Per-assignment statistics")
    print(f"{'':<8}{'mean':>7}{'median':>8}{'stdev':>7}{'min':>5}{'max':>5}")
    columns = list(zip(*GRADES.values()))
    for name, col in zip(ASSIGNMENTS, columns):
        print(f"{name:<8}{statistics.mean(col):>7.2f}{statistics.median(col):>8.1f}"
              f"{statistics.stdev(col):>7.2f}{min(col):>5}{max(col):>5}")

    print("\nPer-student results")
    finals = {}
    for student, scores in GRADES.items():
        w = weighted(scores)
        finals[student] = w
        trend = statistics.linear_regression(range(len(scores)), scores).slope
        print(f"{student:<7} weighted={w:6.2f} grade={letter(w)} "
              f"spread={statistics.pstdev(scores):5.2f} trend={trend:+.2f}/assignment")

    values = list(finals.values())
    print("\nClass summary")
    print(f"  mean weighted score: {statistics.fmean(values):.2f}")
    print(f"  median: {statistics.median(values):.2f}")
    quartiles = statistics.quantiles(values, n=4)
    print(f"  quartiles: {[round(q, 2) for q in quartiles]}")
    dist = {}
    for v in values:
        dist[letter(v)] = dist.get(letter(v), 0) + 1
    for g in "ABCDF":
        print(f"  {g}: {'#' * dist.get(g, 0)}")
    corr = statistics.correlation(columns[2], columns[4])
    print(f"  midterm/final correlation: {corr:.3f}")


if __name__ == "__main__":
    main()
