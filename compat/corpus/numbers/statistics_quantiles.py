# Compute quartiles, deciles and a box-plot summary with statistics.quantiles
from statistics import quantiles, median

scores = [55, 61, 63, 67, 70, 71, 72, 74, 75, 78, 80, 81, 83, 85, 88, 90, 92, 95, 99]

q = quantiles(scores, n=4)
print("quartiles (exclusive):", q)
print("quartiles (inclusive):", quantiles(scores, n=4, method="inclusive"))
print("deciles:", [round(v, 1) for v in quantiles(scores, n=10)])
print("percentiles 90/95/99:", [quantiles(scores, n=100)[i - 1] for i in (90, 95, 99)])

q1, q2, q3 = q
iqr = q3 - q1
lo_fence = q1 - 1.5 * iqr
hi_fence = q3 + 1.5 * iqr
print(f"Q1={q1} median={q2} Q3={q3} IQR={iqr}")
print(f"fences: [{lo_fence}, {hi_fence}]")
print("median check:", median(scores) == q2)

# text box plot
lo, hi = min(scores), max(scores)
width = 50
def pos(v):
    return round((v - lo) / (hi - lo) * (width - 1))
line = [" "] * width
for i in range(pos(lo), pos(hi) + 1):
    line[i] = "-"
for i in range(pos(q1), pos(q3) + 1):
    line[i] = "="
line[pos(q2)] = "|"
line[pos(lo)] = "["
line[pos(hi)] = "]"
print("".join(line))
print(f"{lo:<25}{hi:>25}")

grades = {"A": 90, "B": 80, "C": 70, "D": 60}
for s in scores[::4]:
    g = next((k for k, v in grades.items() if s >= v), "F")
    print(f"score {s} -> {g}")
