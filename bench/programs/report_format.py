# Text report generation: f-strings with format specs, str.format, %-formatting,
# alignment and padding, thousands separators, percentages, a wrapped summary paragraph.
import sys
import textwrap

N = int(sys.argv[1]) if len(sys.argv) > 1 else 90000

TEAMS = ["Platform", "Data", "Mobile", "Web", "Infra", "Security", "ML", "Support"]


def rows(n):
    s = 31
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        yield (TEAMS[(s >> 16) % 8], "task-%05d" % i, (s >> 8) % 10000 / 7.0, (s >> 12) % 100, bool((s >> 20) & 1))


lines = []
totals = {}
for team, task, hours, pct, done in rows(N):
    mark = "x" if done else " "
    lines.append(f"| {team:<10} | {task:>10} | {hours:>10,.2f} h | {pct:>3d}% | [{mark}] |")
    lines.append("| {0:^10} | {1!r:>12} | {2:>+10.1e} | {3:#06x} |".format(team[:6], task[-3:], hours - 700, pct))
    lines.append("%-10s %8.3f %5d%% %s" % (team, hours, pct, "done" if done else "open"))
    t = totals.setdefault(team, [0, 0.0, 0])
    t[0] += 1
    t[1] += hours
    t[2] += done

width = max(len(line) for line in lines)
print("lines", len(lines), "width", width, "chars", sum(len(line) for line in lines))
print(lines[0])
print(lines[1])
print(lines[2])
header = f"{'team':<10}|{'tasks':>7}|{'hours':>14}|{'done':>8}"
print(header)
print("-" * len(header))
for team in sorted(totals, key=lambda k: -totals[k][1]):
    n, h, d = totals[team]
    print(f"{team:<10}|{n:>7,}|{h:>14,.3f}|{d / n:>8.2%}")
total_hours = sum(t[1] for t in totals.values())
summary = ("This week the teams logged {:,.1f} hours across {:,} tasks; the busiest team was {} "
           "and the overall completion rate was {:.1%}.").format(
    total_hours, N, max(totals, key=lambda k: totals[k][1]), sum(t[2] for t in totals.values()) / N)
print(textwrap.fill(summary, width=50))
print(f"{3.14159:e}|{1234.5:g}|{0.000012345:g}|{42:b}|{-42:o}|{'ok':*^9}|{12345678:_}|{7:=+6}|{1e21:f}")
