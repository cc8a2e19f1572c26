# Structural pattern matching on dataclasses to compute areas, perimeters and describe shapes
from dataclasses import dataclass
import math

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    r: float

@dataclass
class Rect:
    corner: Point
    w: float
    h: float

@dataclass
class Polygon:
    points: list

def area(shape):
    match shape:
        case Circle(r=r):
            return math.pi * r * r
        case Rect(w=w, h=h):
            return w * h
        case Polygon(points=pts) if len(pts) >= 3:
            s = sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1]))
            return abs(s) / 2
        case _:
            raise TypeError(f"cannot compute area of {shape!r}")

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at origin"
        case Circle(Point(x, y), r):
            return f"circle r={r} at ({x}, {y})"
        case Rect(_, w, h) if w == h:
            return f"square with side {w}"
        case Rect(Point(x=0, y=0), w, h):
            return f"{w}x{h} rectangle at origin"
        case Rect():
            return "some rectangle"
        case Polygon(points=[_, _, _]):
            return "triangle"
        case Polygon(points=[_, _, _, _, *rest]):
            return f"polygon with {4 + len(rest)} vertices"
        case _:
            return "unknown"

shapes = [
    Circle(Point(0, 0), 1.5),
    Circle(Point(2, -1), 3),
    Rect(Point(1, 1), 4, 4),
    Rect(Point(0, 0), 3, 5),
    Rect(Point(2, 2), 1, 7),
    Polygon([Point(0, 0), Point(4, 0), Point(0, 3)]),
    Polygon([Point(0, 0), Point(2, 0), Point(3, 2), Point(1, 3), Point(-1, 1)]),
    Polygon([Point(0, 0), Point(1, 1)]),
]
total = 0.0
for s in shapes:
    try:
        a = area(s)
        total += a
        print(f"{describe(s):32} area={a:8.3f}")
    except TypeError as e:
        print(f"{describe(s):32} error: {e}")
print(f"total area: {total:.3f}")
