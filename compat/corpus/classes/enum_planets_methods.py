# Enum with tuple values, custom __init__, methods, aliases and @unique validation
from enum import Enum, unique

G = 6.67430e-11


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    VENUS = (4.869e24, 6.0518e6)
    EARTH = (5.976e24, 6.37814e6)
    MARS = (6.421e23, 3.3972e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return G * self.mass / (self.radius ** 2)

    def weight(self, earth_weight):
        return earth_weight * self.surface_gravity / Planet.EARTH.surface_gravity


for p in Planet:
    print(f"{p.name:<8} g={p.surface_gravity:6.2f}  70kg weighs {p.weight(70):7.2f}")

print(Planet((6.421e23, 3.3972e6)), Planet["VENUS"].radius)
print(max(Planet, key=lambda p: p.mass).name, list(Planet.__members__)[:2])


class Shape(Enum):
    SQUARE = 4
    DIAMOND = 4
    TRIANGLE = 3


print(Shape.DIAMOND, Shape.DIAMOND is Shape.SQUARE, list(Shape), list(Shape.__members__))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Planet.EARTH = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Planet.MARS, Planet), type(Planet.MARS).__name__, Planet.MARS.value)
