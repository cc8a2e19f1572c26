# Use Enum, IntEnum, StrEnum, Flag and auto for status codes and permission bits
from enum import Enum, IntEnum, Flag, auto, unique, StrEnum


class HttpStatus(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400


class Color(Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"
    CRIMSON = "r"  # alias


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


class Env(StrEnum):
    DEV = auto()
    PROD = auto()


for code in (200, 404, 500):
    s = HttpStatus(code)
    print(s, repr(s), s.name, s.value, s.is_error)
print(HttpStatus.OK == 200, HttpStatus.NOT_FOUND + 1, sorted([HttpStatus.SERVER_ERROR, HttpStatus.OK]))
print(list(Color), Color.CRIMSON is Color.RED, Color("g"), Color["BLUE"])
print(list(Color.__members__))
try:
    Color("x")
except ValueError as e:
    print("ValueError:", e)

p = Perm.READ | Perm.EXEC
print(p, Perm.READ in p, Perm.WRITE in p, bool(Perm.READ & Perm.WRITE))
print(Perm.RW, Perm.RW.value, list(Perm), [m.name for m in Perm.RW])
print(Perm(7), ~Perm.READ, Perm(0))
print(Env.DEV, Env.PROD.upper(), Env("prod") is Env.PROD, f"{Env.DEV}")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print({s.name: s.value for s in HttpStatus if not s.is_error})
