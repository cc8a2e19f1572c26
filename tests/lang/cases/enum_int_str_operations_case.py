# IntFlag membership (`flag in flags`: Flag.__contains__ after int in the MRO), reflected
# arithmetic with int/float subclasses (0 + IntEnum member, sum()), StrEnum members and
# str subclasses as arguments of str methods (join, startswith, strip, ...).
import enum


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


p = Perm.R | Perm.W
print(repr(p), Perm.W in p, Perm.X in p, Perm.R | Perm.X in p, int(p), p & Perm.R)
try:
    print(1 in p)
except TypeError as e:
    print("TypeError:", e)


class Color(enum.Flag):
    RED = 1
    GREEN = 2


print(Color.RED in (Color.RED | Color.GREEN), Color.GREEN in Color.RED)


class Coin(enum.IntEnum):
    NICKEL = 5
    DOLLAR = 100
    HUGE = 2 ** 70


c = 0
c += Coin.NICKEL
print(c, 0 + Coin.DOLLAR, 1.5 + Coin.NICKEL, 2 * Coin.NICKEL, 2 ** Coin.NICKEL, 7 - Coin.NICKEL, 100 // Coin.NICKEL)
print(1 + Coin.HUGE, 1.0 * Coin.HUGE, 3 % Coin.NICKEL, 1 << Coin.NICKEL, 255 & Coin.DOLLAR, True + Coin.NICKEL)
print(sum([Coin.NICKEL, Coin.DOLLAR]), sum(Coin), (1 + 2j) + Coin.NICKEL)
for expr in ("'a' + Coin.NICKEL", "None + Coin.NICKEL", "[1] * Coin.NICKEL"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)


class Meters(float):
    pass


print(1 + Meters(2.5), 2 * Meters(1.5), 10 / Meters(4), type(1 + Meters(1)).__name__)


class Level(enum.StrEnum):
    INFO = "info"
    WARN = "warn"


print(", ".join([Level.INFO, Level.WARN]), "-".join(Level), " ".join((Level.INFO,)))
print("info".startswith(Level.INFO), "x-info".endswith((Level.WARN, Level.INFO)), "infox".strip(Level.INFO))
print("a_info_b".split(Level.INFO), "info".replace(Level.INFO, "I"), "infoinfo".count(Level.INFO), "xinfo".find(Level.INFO))
print(Level.INFO.center(8, "*"), "{}".format(Level.WARN), f"{Level.WARN}", str(Level.INFO) == "info")


class Tag(str):
    pass


print("".join([Tag("a"), Tag("b")]), type("".join([Tag("a")])).__name__, "abc".partition(Tag("b")))
for expr in ("','.join([1])", "','.join([Level.INFO, 2])", "'x'.startswith(1)", "b''.join([Tag('a')])"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
for expr in ("b'a'.startswith(Tag('a'))", "b'abc'.split(Tag('b'))", "b'x'.join([b'a', Tag('b')])"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
for expr in ("b'a' + Tag('b')", "b'abc'.find(Tag('b'))", "b'ab'.center(5, Tag('x'))", "bytearray(b'a') + Tag('b')", "b'a' * 2 == b'aa'"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
