# BFS shortest path on a text grid maze with path reconstruction
from collections import deque

MAZE = """\
S.#.......
.##.####..
....#..#.#
#.#...#...
..#.#.##.#
.##.#....E
""".splitlines()

def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return r, c
    raise ValueError(ch)

def bfs(start, goal):
    rows, cols = len(MAZE), len(MAZE[0])
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and MAZE[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    if goal not in prev:
        return None
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)

start, goal = find("S"), find("E")
print("start:", start, "goal:", goal)
path, visited = bfs(start, goal)
print("path length:", len(path) - 1)
print("visited cells:", visited)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
print("first steps:", path[:5])
