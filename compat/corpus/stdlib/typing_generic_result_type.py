# A Result[T, E] generic type used for error handling without exceptions
from __future__ import annotations
from dataclasses import dataclass
from typing import Generic, TypeVar, Callable, Union

T = TypeVar("T")
E = TypeVar("E")
U = TypeVar("U")


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T

    def map(self, f: Callable[[T], U]) -> "Result[U, E]":
        return Ok(f(self.value))

    def unwrap_or(self, default):
        return self.value


@dataclass(frozen=True)
class Err(Generic[E]):
    error: E

    def map(self, f):
        return self

    def unwrap_or(self, default):
        return default


Result = Union[Ok[T], Err[E]]


def parse_int(s: str) -> Result[int, str]:
    try:
        return Ok(int(s))
    except ValueError:
        return Err(f"not an int: {s!r}")


def reciprocal(n: int) -> Result[float, str]:
    return Err("division by zero") if n == 0 else Ok(1 / n)


def chain(r, f):
    return f(r.value) if isinstance(r, Ok) else r


for text in ["4", "0", "abc", "-8"]:
    r = chain(parse_int(text), reciprocal)
    match r:
        case Ok(value=v):
            print(f"{text!r}: ok {v}")
        case Err(error=e):
            print(f"{text!r}: err {e}")
print(parse_int("21").map(lambda x: x * 2))
print(parse_int("x").map(lambda x: x * 2).unwrap_or(-1))
print(Ok(1) == Ok(1), Ok(1) == Err(1))
