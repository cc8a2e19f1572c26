# Structural typing with typing.Protocol and runtime_checkable isinstance checks
from typing import Protocol, runtime_checkable, Iterable


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Drawable(Protocol):
    name: str

    def draw(self, scale: float = 1.0) -> str: ...


class FileHandle:
    def __init__(self, path):
        self.path = path
        self.closed = False

    def close(self):
        self.closed = True
        print(f"closed {self.path}")


class Sprite:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def draw(self, scale=1.0):
        return f"{self.name}[{self.size * scale:g}]"

    def close(self):
        print(f"released sprite {self.name}")


class Label:
    name = "label"

    def draw(self, scale=1.0):
        return "LABEL" if scale >= 1 else "label"


def close_all(things: Iterable[object]) -> int:
    n = 0
    for t in things:
        if isinstance(t, SupportsClose):
            t.close()
            n += 1
        else:
            print(f"skipping {type(t).__name__}")
    return n


def render(items: Iterable[Drawable], scale: float) -> str:
    return " ".join(i.draw(scale) for i in items)


objs = [FileHandle("a.txt"), Sprite("hero", 16), Label(), 42, "text"]
print("closed:", close_all(objs))
print([isinstance(o, Drawable) for o in objs])
print(render([o for o in objs if isinstance(o, Drawable)], 0.5))
print(issubclass(Sprite, SupportsClose), issubclass(int, SupportsClose))
try:
    isinstance(objs[0], Protocol)
except TypeError as e:
    print("TypeError:", e)
