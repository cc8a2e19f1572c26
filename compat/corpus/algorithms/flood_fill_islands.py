# Counting islands with flood fill (recursive DFS and BFS), island sizes, perimeters and lakes
from collections import deque
import sys

MAP = """
~~~~~~~~~~~~~~~~~~~~
~##~~~~~~~####~~~~~~
~###~~~~~~#~~#~~#~~~
~~#~~~##~~#~~#~~~~~~
~~~~~####~~##~~~~##~
~#~~~~~#~~~~~~~~~##~
~~~~~~~~~~~~##~~~~~~
~~~~~~~~~~~~~~~~~~~~
""".strip().splitlines()
R, C = len(MAP), len(MAP[0])

def island_cells_dfs(r, c, seen):
    if not (0 <= r < R and 0 <= c < C) or (r, c) in seen or MAP[r][c] != "#":
        return []
    seen.add((r, c))
    cells = [(r, c)]
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        cells += island_cells_dfs(r + dr, c + dc, seen)
    return cells

def islands_bfs():
    seen, result = set(), []
    for r in range(R):
        for c in range(C):
            if MAP[r][c] == "#" and (r, c) not in seen:
                q, cells = deque([(r, c)]), []
                seen.add((r, c))
                while q:
                    cr, cc = q.popleft()
                    cells.append((cr, cc))
                    for nr, nc in ((cr + 1, cc), (cr - 1, cc), (cr, cc + 1), (cr, cc - 1)):
                        if 0 <= nr < R and 0 <= nc < C and MAP[nr][nc] == "#" and (nr, nc) not in seen:
                            seen.add((nr, nc)); q.append((nr, nc))
                result.append(cells)
    return result

def perimeter(cells):
    s = set(cells)
    return sum((r + dr, c + dc) not in s for r, c in cells for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))

sys.setrecursionlimit(5000)
seen = set()
dfs_islands = [cells for r in range(R) for c in range(C) if (cells := island_cells_dfs(r, c, seen))]
bfs_islands = islands_bfs()
print("islands (dfs):", len(dfs_islands), "(bfs):", len(bfs_islands))
for i, cells in enumerate(sorted(bfs_islands, key=len, reverse=True), 1):
    top = min(cells)
    print(f"  island {i}: size={len(cells):2d} perimeter={perimeter(cells):2d} top-left={top}")
print("same cells:", sorted(map(sorted, dfs_islands)) == sorted(map(sorted, bfs_islands)))

ocean, q = set(), deque([(0, 0)])
ocean.add((0, 0))
while q:
    r, c = q.popleft()
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < R and 0 <= nc < C and MAP[nr][nc] == "~" and (nr, nc) not in ocean:
            ocean.add((nr, nc)); q.append((nr, nc))
lakes = sorted((r, c) for r in range(R) for c in range(C) if MAP[r][c] == "~" and (r, c) not in ocean)
print("lake cells:", lakes)
