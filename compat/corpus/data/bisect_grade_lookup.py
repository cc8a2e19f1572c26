# Use bisect for grade boundaries, tax brackets and inserting into a sorted leaderboard
import bisect

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
print([(s, grade(s)) for s in scores])

brackets = [0, 10_000, 40_000, 90_000, 180_000]
rates = [0.0, 0.10, 0.22, 0.32, 0.40]

def tax(income):
    owed = 0.0
    for i, lower in enumerate(brackets):
        upper = brackets[i + 1] if i + 1 < len(brackets) else float("inf")
        if income > lower:
            owed += (min(income, upper) - lower) * rates[i]
    return owed

for income in (8_000, 25_000, 95_000, 250_000):
    idx = bisect.bisect_right(brackets, income) - 1
    print(f"income {income:>8,}: marginal {rates[idx]:.0%}, tax {tax(income):>10,.2f}, "
          f"effective {tax(income) / income:.2%}")

board = []
for name, pts in [("ann", 50), ("bo", 75), ("cal", 50), ("dia", 90), ("eve", 10)]:
    bisect.insort(board, (-pts, name))
    print(f"after {name}: {[(n, -p) for p, n in board]}")
pos = bisect.bisect_left([p for p, _ in board], -50)
print("first with 50 points at index", pos)
