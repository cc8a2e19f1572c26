# enum as CPython 3.11's own module.
import enum
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED in Color, dict(Color.__members__))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))
print(isinstance(Color.RED, Color), type(Color.RED), Color.__name__, [c.name for c in reversed(Color)])
print(f"{Color.RED}", format(Color.RED), str(Color.GREEN), "%s" % Color.BLUE)
for bad in (lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color, "RED", 5)):
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()

    @property
    def sides(self):
        return {"SQUARE": 4, "CIRCLE": 0}[self.name]

    def describe(self):
        return "%s has %d sides" % (self.name.lower(), self.sides)

    @classmethod
    def default(cls):
        return cls.SQUARE


print(Shape.SQUARE.value, Shape.CIRCLE.value, Shape.CIRCLE.describe(), Shape.default())


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]))
print(Num(2), Num.ONE == 1, int(Num.TWO), f"{Num.TWO}", "%d" % Num.TWO, [1, 2, 3][Num.ONE])


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), f"{Mode.WRITE}", Mode("w"))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), list(rw), rw & Perm.R, ~Perm.R)
print(Perm(7), Perm(0), rw.value, rw.name, len(rw))


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(IPerm.R | IPerm.X, repr(IPerm.R | 8), IPerm.R | 1, IPerm(5) & 4, int(IPerm.W | IPerm.X))


class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    ALPHA = auto()
    BETA = auto()


print(list(AutoName), AutoName.BETA.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.mass, round(Planet.MARS.gravity, 3), Planet.EARTH.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Sizes = Enum("Sizes", [("S", 1), ("M", 2)])
print(Sizes.M, Sizes(1))
print(Color.RED.__class__.__mro__, Num.__mro__)
try:
    class Ext(Color):
        PINK = 5
except TypeError as e:
    print("TypeError", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError", e)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
        return None


print(Status("ACTIVE"), Status.ACTIVE.value)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
print(enum.EnumMeta is enum.EnumType, type(Color), Color.RED._value_, Color._member_names_)
