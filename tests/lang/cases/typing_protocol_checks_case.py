# runtime_checkable Protocols: isinstance with data and method members, issubclass only
# for method-only protocols (CPython's TypeError otherwise), non-runtime protocols.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def render(self) -> str: ...


class NotRuntime(Protocol):
    def go(self): ...


class File:
    name = "f"

    def close(self):
        pass

    def render(self):
        return "file"


class Bare:
    pass


print(isinstance(File(), Closeable), isinstance(Bare(), Closeable), issubclass(File, Closeable), issubclass(Bare, Closeable))
print(isinstance(File(), Named), isinstance(Bare(), Named), isinstance("x", Named))
for fn in (lambda: issubclass(File, Named), lambda: isinstance(File(), NotRuntime),
           lambda: issubclass(File, NotRuntime), lambda: issubclass(1, Closeable)):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
