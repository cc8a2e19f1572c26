# Frozen dataclass points: hashing, replace(), and errors when mutating
from dataclasses import dataclass, replace, FrozenInstanceError, fields


@dataclass(frozen=True)
class Point:
    x: int
    y: int
    label: str = ""

    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)

    def manhattan(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)


origin = Point(0, 0, "origin")
p = Point(3, 4)
print(origin, p)
q = p.moved(2, -1)
print("moved:", q, "original unchanged:", p)
print("distance:", origin.manhattan(q))

try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, "-", e)

try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, "-", e)

visited = {Point(1, 1), Point(1, 1), Point(2, 1), Point(1, 1, "dup")}
print("distinct points:", len(visited))
lookup = {Point(0, 0): "home", Point(5, 5): "work"}
print(lookup[Point(5, 5)])
print([f.name for f in fields(Point)])
print(replace(origin, label="center"))
try:
    replace(origin, z=1)
except TypeError as e:
    print("TypeError:", e)
