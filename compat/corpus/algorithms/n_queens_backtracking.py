# N-queens solver with backtracking using sets for columns and diagonals
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(placement.copy())
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)

    place(0)
    return solutions

def render(sol):
    return "\n".join(" ".join("Q" if c == q else "." for c in range(len(sol))) for q in sol)

for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions")

eight = solve(8)
print("first 8-queens solution:", eight[0])
print(render(eight[0]))

def canonical(sol):
    n = len(sol)
    variants = []
    board = sol
    for _ in range(4):
        board = [board.index(n - 1 - i) for i in range(n)]  # rotate 90
        variants.append(tuple(board))
        variants.append(tuple(reversed(board)))
    return min(variants)

unique = {canonical(s) for s in eight}
print("fundamental solutions:", len(unique))
print("smallest:", min(unique))
