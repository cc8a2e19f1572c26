# typing.NamedTuple with defaults, methods and _replace for 2D geometry
import math
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def distance(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Segment(NamedTuple):
    start: Point
    end: Point
    label: str = "seg"

    @property
    def length(self) -> float:
        return self.start.distance(self.end)


p = Point(3, 4)
origin = Point(0)
print(p, origin)
print("distance:", p.distance(origin))
print("fields:", Point._fields, "defaults:", Point._field_defaults)
print("annotations:", Point.__annotations__)
print("sum:", p + Point(1, 1))
print("as dict:", p._asdict())
moved = p._replace(y=10)
print("moved:", moved, "original:", p)

segs = [Segment(Point(0, 0), Point(3, 4), "a"), Segment(Point(1, 1), Point(1, 6)), Segment(Point(-2, 0), Point(2, 0), "c")]
for s in sorted(segs, key=lambda s: s.length):
    print(f"{s.label}: {s.length:.3f}")
x, y = segs[0].end
print("unpacked:", x, y)
print("is tuple:", isinstance(p, tuple), len(p))
print(Point._make([7, 8]))
