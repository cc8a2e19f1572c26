# Build a seat-occupancy grid and report row, column and diagonal sums
grid = [
    [1, 0, 1, 1, 0, 1],
    [1, 1, 1, 1, 1, 1],
    [0, 0, 1, 0, 0, 0],
    [1, 1, 0, 1, 1, 0],
    [0, 1, 1, 1, 1, 1],
]

rows = len(grid)
cols = len(grid[0])
row_sums = [sum(r) for r in grid]
col_sums = [sum(grid[r][c] for r in range(rows)) for c in range(cols)]

print("    " + " ".join(f"{chr(65 + c)}" for c in range(cols)) + "  sum")
for i, row in enumerate(grid):
    print(f"{i + 1:>2}: " + " ".join("X" if s else "." for s in row) + f"  {row_sums[i]}")
print("sum " + " ".join(str(s) for s in col_sums))

n = min(rows, cols)
diag = sum(grid[i][i] for i in range(n))
anti = sum(grid[i][cols - 1 - i] for i in range(n))
print(f"diagonal={diag} anti-diagonal={anti}")
occupancy = sum(row_sums) / (rows * cols)
print(f"occupancy {sum(row_sums)}/{rows * cols} = {occupancy:.1%}")
full_rows = [i + 1 for i, s in enumerate(row_sums) if s == cols]
print("full rows:", full_rows)
free_pairs = [(r + 1, chr(65 + c)) for r in range(rows) for c in range(cols - 1)
              if grid[r][c] == 0 and grid[r][c + 1] == 0]
print("adjacent free pairs:", free_pairs)
