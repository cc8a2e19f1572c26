# Matrix multiply, transpose, determinant (Fraction Gaussian elimination), inverse and power with lists
from fractions import Fraction

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result

def det_and_inverse(m):
    n = len(m)
    a = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    det = Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
        if pivot is None:
            return Fraction(0), None
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            det = -det
        p = a[col][col]
        det *= p
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col and a[r][col] != 0:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return det, [row[n:] for row in a]

def show(name, m):
    print(name)
    for row in m:
        print("  [" + ", ".join(f"{str(x):>6}" for x in row) + "]")

A = [[2, -1, 0], [1, 3, 2], [0, 1, 4]]
B = [[1, 2], [0, 1], [4, -3]]
show("A*B", matmul(A, B))
show("B^T", transpose(B))
det, inv = det_and_inverse(A)
print("det(A) =", det)
show("inverse(A)", inv)
show("A * inv(A)", matmul(A, inv))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) via matrix power:", fib[0][1])
print("singular:", det_and_inverse([[1, 2], [2, 4]]))
