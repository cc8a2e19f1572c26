# Abstract base class for shapes with abstract methods and a concrete template method
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def summary(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)


class HalfDone(Shape):
    def area(self):
        return 0


shapes = [Circle(1.5), Rectangle(2, 3.5), Square(4)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.summary())

print("total area:", round(sum(s.area() for s in shapes), 3))
print(isinstance(Square(1), Shape), issubclass(Square, Rectangle))
print(sorted(Shape.__abstractmethods__))
print(sorted(HalfDone.__abstractmethods__))

for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
