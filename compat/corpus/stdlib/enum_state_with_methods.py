# Enum members with tuple values, methods, _missing_ and functional API
from enum import Enum
import enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.startswith(value[:3].upper()):
                    return m
        return None

    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)

    def __str__(self):
        return self.name.title()


for p in Planet:
    print(f"{p.name:8} g={p.surface_gravity:6.2f} m/s^2")
print(Planet.EARTH.value, Planet.EARTH.mass)

for v in [1, "saturday", "Sun", 3]:
    d = Weekday(v)
    print(v, "->", d, repr(d), "weekend" if d.is_weekend() else "weekday")
try:
    Weekday(9)
except ValueError as e:
    print("ValueError:", e)

Level = Enum("Level", "DEBUG INFO WARNING ERROR", start=10)
print([(m.name, m.value) for m in Level])
Shape = Enum("Shape", [("CIRCLE", "c"), ("SQUARE", "s")])
print(Shape.SQUARE, Shape("c").name, len(Shape))
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print("TypeError:", e)
print(sorted(Weekday, key=lambda d: d.value, reverse=True)[:2])
print(isinstance(Weekday.MON, Weekday), type(Weekday.MON).__name__, Weekday.MON.name)
print(enum.unique(Weekday) is Weekday)
