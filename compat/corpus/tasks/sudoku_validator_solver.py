# Validate a Sudoku grid and solve a puzzle with constraint propagation + backtracking
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def units(r, c):
    row = [(r, j) for j in range(9)]
    col = [(i, c) for i in range(9)]
    br, bc = 3 * (r // 3), 3 * (c // 3)
    box = [(br + i, bc + j) for i in range(3) for j in range(3)]
    return row, col, box


def problems(grid):
    issues = []
    for idx in range(9):
        for name, cells in (("row", [(idx, j) for j in range(9)]), ("col", [(i, idx) for i in range(9)]),
                            ("box", [(3 * (idx // 3) + i, 3 * (idx % 3) + j) for i in range(3) for j in range(3)])):
            values = [grid[r][c] for r, c in cells if grid[r][c]]
            dupes = sorted({v for v in values if values.count(v) > 1})
            if dupes:
                issues.append(f"{name} {idx + 1} repeats {dupes}")
    return issues


def candidates(grid, r, c):
    used = {grid[i][j] for unit in units(r, c) for i, j in unit}
    return [v for v in range(1, 10) if v not in used]


def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        stats["guesses"] += 1
        grid[r][c] = v
        if solve(grid, stats):
            return True
        grid[r][c] = 0
    stats["backtracks"] += 1
    return False


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        chunks = [" ".join(str(v or ".") for v in row[i:i + 3]) for i in (0, 3, 6)]
        lines.append(" | ".join(chunks))
    return "\n".join(lines)


grid = parse(PUZZLE)
print("puzzle:")
print(show(grid))
print("givens:", sum(1 for row in grid for v in row if v), "issues:", problems(grid) or "none")
stats = {"guesses": 0, "backtracks": 0}
solved = solve(grid, stats)
print("\nsolved:" if solved else "\nno solution")
print(show(grid))
print("stats:", stats, "valid:", not problems(grid) and all(all(row) for row in grid))

broken = parse(PUZZLE)
broken[0][2] = 5
broken[8][0] = 6
print("\nbroken grid issues:", problems(broken))
