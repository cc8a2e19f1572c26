# IntFlag for Unix-style permission bits: parsing, formatting like ls -l, and int interop
from enum import IntFlag


class Mode(IntFlag):
    OTH_X = 0o001
    OTH_W = 0o002
    OTH_R = 0o004
    GRP_X = 0o010
    GRP_W = 0o020
    GRP_R = 0o040
    USR_X = 0o100
    USR_W = 0o200
    USR_R = 0o400


def to_symbolic(mode):
    out = []
    for who in ("USR", "GRP", "OTH"):
        for perm, ch in (("R", "r"), ("W", "w"), ("X", "x")):
            out.append(ch if Mode[f"{who}_{perm}"] in mode else "-")
    return "".join(out)


def from_symbolic(text):
    mode = Mode(0)
    for i, ch in enumerate(text):
        if ch != "-":
            who = ("USR", "GRP", "OTH")[i // 3]
            mode |= Mode[f"{who}_{ch.upper()}"]
    return mode


for octal in (0o755, 0o644, 0o600, 0o777, 0o000):
    m = Mode(octal)
    print(f"{octal:04o} {to_symbolic(m)} int={int(m):>3} {m!r}")

m = from_symbolic("rw-r-----")
print(oct(m), m == 0o640, m & 0o400 == Mode.USR_R, type(m + 1).__name__)
m |= Mode.GRP_W
print(oct(m), to_symbolic(m), Mode.USR_W in m)
m &= ~Mode.USR_W
print(oct(m), to_symbolic(m))
print(Mode.USR_R | 0o001, isinstance(Mode.USR_R, int), Mode(0o750) > 0o700)
print(list(Mode(0o750)))
print(Mode(0o1000 | 0o7))
