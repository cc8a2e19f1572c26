# Matrix traversal and transformation: spiral order, rotation, diagonals, saddle points, pascal triangle
def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        out += m[top][left:right + 1]
        top += 1
        out += [m[r][right] for r in range(top, bottom + 1)]
        right -= 1
        if top <= bottom:
            out += m[bottom][left:right + 1][::-1]
            bottom -= 1
        if left <= right:
            out += [m[r][left] for r in range(bottom, top - 1, -1)]
            left += 1
    return out

def rotate_cw(m):
    return [list(row) for row in zip(*m[::-1])]

def diagonals(m):
    rows, cols = len(m), len(m[0])
    return [[m[r][d - r] for r in range(rows) if 0 <= d - r < cols] for d in range(rows + cols - 1)]

def saddle_points(m):
    return [(r, c) for r, row in enumerate(m) for c, v in enumerate(row)
            if v == max(row) and v == min(x[c] for x in m)]

def spiral_fill(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m

def fmt(m):
    w = max(len(str(x)) for row in m for x in row)
    return "\n".join(" ".join(str(x).rjust(w) for x in row) for row in m)

m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print("spiral:", spiral(m))
print("rotated:\n" + fmt(rotate_cw(m)))
print("4 rotations identity:", rotate_cw(rotate_cw(rotate_cw(rotate_cw(m)))) == m)
print("anti-diagonals:", diagonals(m))
print("saddle points:", saddle_points([[9, 8, 7], [5, 3, 2], [6, 6, 7]]))
print("spiral fill 5:\n" + fmt(spiral_fill(5)))
print("spiral of fill is sorted:", spiral(spiral_fill(6)) == list(range(1, 37)))
pascal = [[1]]
for _ in range(7):
    pascal.append([a + b for a, b in zip([0] + pascal[-1], pascal[-1] + [0])])
for row in pascal:
    print(" ".join(map(str, row)).center(40).rstrip())
