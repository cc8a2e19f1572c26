# A* pathfinding on a weighted grid with Manhattan heuristic, compared with plain Dijkstra expansions
import heapq

GRID = [
    "1111911111",
    "1999199111",
    "1119111191",
    "9919191191",
    "1111191111",
    "1999991991",
    "1111911111",
]
ROWS, COLS = len(GRID), len(GRID[0])

def neighbors(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < ROWS and 0 <= nc < COLS:
            yield nr, nc, int(GRID[nr][nc])

def search(start, goal, use_heuristic=True):
    h = (lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])) if use_heuristic else (lambda p: 0)
    g = {start: 0}
    came = {}
    open_heap = [(h(start), 0, start)]
    expanded = 0
    while open_heap:
        f, cost, node = heapq.heappop(open_heap)
        if cost > g[node]:
            continue
        expanded += 1
        if node == goal:
            path = [node]
            while path[-1] in came:
                path.append(came[path[-1]])
            return cost, path[::-1], expanded
        for nr, nc, w in neighbors(*node):
            nc_cost = cost + w
            if nc_cost < g.get((nr, nc), float("inf")):
                g[(nr, nc)] = nc_cost
                came[(nr, nc)] = node
                heapq.heappush(open_heap, (nc_cost + h((nr, nc)), nc_cost, (nr, nc)))
    return None, [], expanded

start, goal = (0, 0), (6, 9)
cost_a, path_a, exp_a = search(start, goal)
cost_d, path_d, exp_d = search(start, goal, use_heuristic=False)
print("A* cost:", cost_a, "expanded:", exp_a)
print("Dijkstra cost:", cost_d, "expanded:", exp_d)
print("same cost:", cost_a == cost_d, "path length:", len(path_a))
canvas = [list(row) for row in GRID]
for r, c in path_a:
    canvas[r][c] = "."
for row in canvas:
    print("".join(row))
print("path:", " ".join(f"{r}{c}" for r, c in path_a))
