# Pure-Python matrix class: multiply, transpose, determinant, inverse with Fractions, solve a system
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in row] for row in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def shape(self):
        return (self.n, self.m)

    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def determinant(self):
        if self.n != self.m:
            raise ValueError("determinant needs a square matrix")
        a = [row[:] for row in self.rows]
        det = Fraction(1)
        for i in range(self.n):
            pivot = next((r for r in range(i, self.n) if a[r][i] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != i:
                a[i], a[pivot] = a[pivot], a[i]
                det = -det
            det *= a[i][i]
            for r in range(i + 1, self.n):
                f = a[r][i] / a[i][i]
                a[r] = [x - f * y for x, y in zip(a[r], a[i])]
        return det

    def inverse(self):
        n = self.n
        aug = [row[:] + ident for row, ident in zip(self.rows, Matrix.identity(n).rows)]
        for i in range(n):
            pivot = next((r for r in range(i, n) if aug[r][i] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[i], aug[pivot] = aug[pivot], aug[i]
            p = aug[i][i]
            aug[i] = [x / p for x in aug[i]]
            for r in range(n):
                if r != i and aug[r][i] != 0:
                    f = aug[r][i]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[i])]
        return Matrix([row[n:] for row in aug])

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        w = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in row) + " ]" for row in cells)


A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = Matrix([[8], [-11], [-3]])
print("A =\n" + str(A))
print("det(A) =", A.determinant())
inv = A.inverse()
print("A^-1 =\n" + str(inv))
print("A @ A^-1 == I:", A @ inv == Matrix.identity(3))
x = inv @ b
print("solution of Ax=b:", [str(v[0]) for v in x.rows])
print("A^T =\n" + str(A.T()))
print("(A + A^T) is symmetric:", (A + A.T()) == (A + A.T()).T())
S = Matrix([[1, 2], [2, 4]])
print("det(S) =", S.determinant())
try:
    S.inverse()
except ZeroDivisionError as e:
    print("S:", e)
try:
    A @ S
except ValueError as e:
    print("error:", e)
H = Matrix([[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)])
print("Hilbert det:", H.determinant(), "inverse row 0:", [str(v) for v in H.inverse().rows[0]])
