# Weighted grade calculator with rounding rules and letter grades
from decimal import Decimal, ROUND_HALF_UP

WEIGHTS = {"homework": 0.25, "midterm": 0.30, "final": 0.35, "participation": 0.10}
CUTOFFS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"), (73, "C"), (70, "C-"), (60, "D")]

students = {
    "Ava": {"homework": [95, 88, 92, 100], "midterm": 84, "final": 91, "participation": 100},
    "Ben": {"homework": [70, 65, 80, 0], "midterm": 72, "final": 68.5, "participation": 90},
    "Chloe": {"homework": [100, 100, 98, 97], "midterm": 95, "final": 97.5, "participation": 95},
    "Dev": {"homework": [85, 90, 78, 88], "midterm": 79.5, "final": 82, "participation": 85},
}

def letter(score: float) -> str:
    for cutoff, grade in CUTOFFS:
        if score >= cutoff:
            return grade
    return "F"

results = {}
for name, parts in students.items():
    hw = parts["homework"]
    hw_avg = (sum(hw) - min(hw)) / (len(hw) - 1)  # drop lowest
    comps = {"homework": hw_avg, "midterm": parts["midterm"], "final": parts["final"],
             "participation": parts["participation"]}
    total = sum(WEIGHTS[k] * v for k, v in comps.items())
    rounded = Decimal(str(total)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    results[name] = (total, rounded)
    detail = ", ".join(f"{k[:4]}={v:.1f}" for k, v in comps.items())
    print(f"{name:<6} {detail}")
    print(f"       raw={total!r} rounded={rounded} round()={round(total, 1)} grade={letter(float(rounded))}")

ranking = sorted(results, key=lambda n: results[n][0], reverse=True)
print("ranking:", ", ".join(f"{i}. {n}" for i, n in enumerate(ranking, 1)))
avg = sum(r[0] for r in results.values()) / len(results)
print(f"class average: {avg:.2f} ({letter(avg)})")
