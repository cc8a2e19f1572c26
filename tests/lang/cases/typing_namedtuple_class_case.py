# typing.NamedTuple class syntax (NamedTupleMeta assigns __bases__), generic NamedTuple,
# defaults, methods, and its errors.
from typing import NamedTuple, Generic, TypeVar


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), Point(1), Point._fields, Point._field_defaults)
print(Point.__bases__, Point.__mro__, Point.__annotations__)
print(isinstance(p, tuple), p._replace(y=5), p._asdict(), Point._make([7, 8]))
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Point3(Point):
    def norm1(self):
        return super().norm1() + 1


print(Point3(1, 2).norm1(), Point3.__mro__)

T = TypeVar("T")


class Box(NamedTuple, Generic[T]):
    item: T
    label: str = "box"


print(Box(1), Box[int], Box.__bases__, Box.__mro__)

Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__)

for src in (
    "class Bad(NamedTuple):\n    x: int = 1\n    y: int\n",
    "class Bad(NamedTuple):\n    x: int\n    def _replace(self): pass\n",
    "class Bad(NamedTuple, int):\n    x: int\n",
):
    try:
        exec(src)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
