# Solve a linear system exactly with Fractions using Gauss-Jordan elimination
from fractions import Fraction

def solve(matrix, rhs):
    n = len(matrix)
    aug = [[Fraction(x) for x in row] + [Fraction(b)] for row, b in zip(matrix, rhs)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
        if pivot is None:
            raise ValueError("singular matrix")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        pv = aug[col][col]
        aug[col] = [x / pv for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col] != 0:
                factor = aug[r][col]
                aug[r] = [a - factor * b for a, b in zip(aug[r], aug[col])]
    return [row[-1] for row in aug]

def show(matrix):
    for row in matrix:
        print("  [" + " ".join(f"{str(x):>6}" for x in row) + "]")

A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
print("A ="); show(A)
print("x =", [str(v) for v in solve(A, b)])

H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print("Hilbert matrix:"); show(H)
sol = solve(H, [1, 1, 1, 1])
print("H x = 1 gives x =", [str(v) for v in sol])
print("as floats:", [float(v) for v in sol])
check = [sum(H[i][j] * sol[j] for j in range(4)) for i in range(4)]
print("check:", check)

try:
    solve([[1, 2], [2, 4]], [3, 6])
except ValueError as e:
    print("error:", e)
