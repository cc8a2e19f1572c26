# Introspect Annotated metadata to build a simple field validator
from typing import Annotated, get_type_hints, get_args, get_origin
from dataclasses import dataclass


@dataclass(frozen=True)
class Range:
    lo: float
    hi: float


@dataclass(frozen=True)
class MaxLen:
    n: int


class Signup:
    username: Annotated[str, MaxLen(8)]
    age: Annotated[int, Range(13, 120)]
    score: Annotated[float, Range(0.0, 1.0)]
    nickname: str

    def __init__(self, **kw):
        self.__dict__.update(kw)


def check(obj) -> list[str]:
    problems = []
    for name, hint in get_type_hints(type(obj), include_extras=True).items():
        value = getattr(obj, name, None)
        if get_origin(hint) is Annotated:
            base, *meta = get_args(hint)
        else:
            base, meta = hint, []
        if not isinstance(value, base):
            problems.append(f"{name}: expected {base.__name__}")
            continue
        for m in meta:
            if isinstance(m, Range) and not (m.lo <= value <= m.hi):
                problems.append(f"{name}: {value} outside [{m.lo}, {m.hi}]")
            if isinstance(m, MaxLen) and len(value) > m.n:
                problems.append(f"{name}: longer than {m.n}")
    return problems


print(get_type_hints(Signup))
print(get_type_hints(Signup, include_extras=True)["age"])
cases = [
    Signup(username="ann", age=30, score=0.5, nickname="a"),
    Signup(username="bartholomew", age=9, score=1.5, nickname="b"),
    Signup(username="cy", age="40", score=0.1, nickname=None),
]
for c in cases:
    print(c.username, "->", check(c) or "valid")
