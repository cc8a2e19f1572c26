# A Result type (Ok/Err) as an alternative to exceptions, converting at the boundaries
from dataclasses import dataclass
from typing import Callable, Generic, TypeVar, Union

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T

    def map(self, fn):
        return attempt(fn, self.value)

    def unwrap(self):
        return self.value


@dataclass(frozen=True)
class Err:
    error: Exception

    def map(self, fn):
        return self

    def unwrap(self):
        raise self.error


Result = Union[Ok[T], Err]


def attempt(fn: Callable[..., U], *args) -> "Result[U]":
    try:
        return Ok(fn(*args))
    except Exception as e:
        return Err(e)


def parse_pct(text):
    value = float(text.rstrip("%"))
    if not 0 <= value <= 100:
        raise ValueError(f"{value} is not a percentage")
    return value / 100


inputs = ["45%", "12.5", "150%", "n/a", "0"]
for raw in inputs:
    res = attempt(str.strip, raw).map(parse_pct).map(lambda f: round(1 / f, 3))
    match res:
        case Ok(value=v):
            print(f"{raw!r:>8} -> Ok({v})")
        case Err(error=e):
            print(f"{raw!r:>8} -> Err({type(e).__name__}: {e})")

results = [attempt(parse_pct, r) for r in inputs]
oks = [r.unwrap() for r in results if isinstance(r, Ok)]
print("ok values:", oks)
print(Err(KeyError("x")) == Err(KeyError("x")), Ok(1) == Ok(1))
try:
    results[2].unwrap()
except ValueError as e:
    print("unwrap raised:", e)
