# Small matrix class with tuple indexing, iteration, equality and @ multiplication
class Matrix:
    def __init__(self, rows):
        widths = {len(r) for r in rows}
        if len(widths) != 1:
            raise ValueError("ragged rows")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self.rows[i][j]
        return self.rows[key]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        for row in self.rows:
            yield tuple(row)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(f"{v:>{width}}" for v in row) for row in self.rows)


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = Matrix([[7, 8], [9, 10], [11, 12]])
print(a.shape, b.shape, len(a))
print(a[1, 2], a[0], a[-1][-1])
print(a @ b)
print(repr(a.transpose()))
print(a @ Matrix.identity(3) == a)
a[0, 0] = 100
print(list(a))
print(str(Matrix.identity(3)))
try:
    a @ a
except ValueError as e:
    print("ValueError:", e)
