# Pure-Python linear algebra on lists of lists: matrix products, transpose with zip,
# Gaussian elimination with partial pivoting, exact solving with Fraction, power iteration.
import sys
from fractions import Fraction

N = int(sys.argv[1]) if len(sys.argv) > 1 else 180


def matrix(n, seed):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(((seed >> 16) % 200 - 100) / 10.0 + (n if i == j else 0))
        rows.append(row)
    return rows


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for k in range(n):
        p = max(range(k, n), key=lambda i: abs(m[i][k]))
        m[k], m[p] = m[p], m[k]
        for i in range(k + 1, n):
            f = m[i][k] / m[k][k]
            if f:
                mi, mk = m[i], m[k]
                for j in range(k, n + 1):
                    mi[j] -= f * mk[j]
    x = [0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (m[i][n] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
    return x


def power_iteration(a, rounds):
    v = [1.0] * len(a)
    lam = 0.0
    for _ in range(rounds):
        w = [sum(x * y for x, y in zip(row, v)) for row in a]
        lam = max(abs(x) for x in w)
        v = [x / lam for x in w]
    return lam


a = matrix(N, 1)
b = matrix(N, 2)
c = matmul(a, b)
print("trace %.6f" % sum(c[i][i] for i in range(N)), "corner %.6f" % c[-1][0])
rhs = [float(i % 7) for i in range(N)]
x = solve(a, rhs)
residual = max(abs(sum(a[i][j] * x[j] for j in range(N)) - rhs[i]) for i in range(N))
print("solve x0 %.9f" % x[0], "residual small", residual < 1e-9)
print("eigen %.6f" % power_iteration(a, 30))
k = max(4, N // 8)
h = [[Fraction(1, i + j + 1) for j in range(k)] for i in range(k)]
exact = solve(h, [Fraction(1)] * k)
print("hilbert", k, exact[0], sum(exact))
t = [list(r) for r in zip(*a)]
print("transpose ok", all(t[i][j] == a[j][i] for i in range(N) for j in range(N)))
