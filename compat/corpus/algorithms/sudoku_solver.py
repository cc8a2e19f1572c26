# Sudoku solver using constraint propagation with candidate sets and backtracking (MRV heuristic)
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
    rows = [r for r in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in r] for r in rows]

def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

stats = {"guesses": 0, "calls": 0}

def solve(grid):
    stats["calls"] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cand = candidates(grid, r, c)
                if not cand:
                    return False
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        if len(cand) > 1:
            stats["guesses"] += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False

def show(grid):
    for i, row in enumerate(grid):
        if i and i % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v or ".") for v in row[j:j + 3]) for j in (0, 3, 6)))

g = parse(PUZZLE)
print("blanks:", sum(row.count(0) for row in g))
ok = solve(g)
print("solved:", ok, stats)
show(g)
valid = all(sorted(row) == list(range(1, 10)) for row in g) and \
        all(sorted(col) == list(range(1, 10)) for col in zip(*g))
print("rows and columns valid:", valid)
