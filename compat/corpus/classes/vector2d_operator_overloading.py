# 2D vector class with arithmetic dunders, sum() support via __radd__, and hashing
import math


class Vector2D:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector2D({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vector2D):
            return NotImplemented
        return Vector2D(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        # allows sum() which starts from 0
        if other == 0:
            return self
        return self.__add__(other)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __sub__(self, other):
        return Vector2D(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar):
        if isinstance(scalar, (int, float)):
            return Vector2D(self.x * scalar, self.y * scalar)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Vector2D(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector2D) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


a = Vector2D(3, 4)
b = Vector2D(1, -2)
print("a =", a, "b =", b)
print("a + b =", a + b)
print("a - b =", a - b)
print("a * 2 =", a * 2, "| 3 * b =", 3 * b)
print("-a =", -a)
print("abs(a) =", abs(a))
print("sum =", sum([a, b, Vector2D(0.5, 0.5)]))
c = a
c += b
print("after += :", a, "same object:", c is a)
print("bool(zero) =", bool(Vector2D()), "bool(a) =", bool(a))
print("eq:", Vector2D(1, 2) == Vector2D(1, 2), Vector2D(1, 2) == (1, 2))
points = {Vector2D(1, 1), Vector2D(1, 1), Vector2D(2, 2)}
print("unique points:", len(points))
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
