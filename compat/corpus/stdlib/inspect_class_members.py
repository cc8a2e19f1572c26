# Inspect a user-defined class: getmembers, isfunction/ismethod, properties, MRO and source-free info
import inspect


class Base:
    """Base shape."""
    sides = 0

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Rect(Base):
    """Axis-aligned rectangle."""
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def is_square(self):
        return self.w == self.h

    @staticmethod
    def unit():
        return Rect(1, 1)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    async def render(self):
        return "svg"

    def _private(self):
        pass


public = [n for n, _ in inspect.getmembers(Rect) if not n.startswith("_")]
print("public:", public)
print("functions:", [n for n, v in inspect.getmembers(Rect, inspect.isfunction) if not n.startswith("__")])
r = Rect(2, 3)
print("bound methods:", [n for n, v in inspect.getmembers(r, inspect.ismethod) if not n.startswith("__")])
print("data:", {n: v for n, v in inspect.getmembers(r) if not callable(v) and not n.startswith("__")})
for name in ("area", "is_square", "unit", "from_tuple", "render", "sides"):
    raw = inspect.getattr_static(Rect, name)
    print(f"  {name:10} {type(raw).__name__:14} coroutinefn={inspect.iscoroutinefunction(getattr(Rect, name, None))}")
print("mro:", [c.__name__ for c in inspect.getmro(Rect)])
print("isclass:", inspect.isclass(Rect), inspect.isclass(r), inspect.isfunction(Rect.area), inspect.ismethod(r.area))
print("doc:", inspect.getdoc(Rect), "|", inspect.getdoc(Rect.describe))
print("signature:", inspect.signature(Rect), inspect.signature(Rect.from_tuple))
print("defined in:", Rect.area.__qualname__, Rect.describe.__qualname__)
print("isbuiltin:", inspect.isbuiltin(len), inspect.isroutine(r.area), inspect.isabstract(Rect))
print(r.describe(), r.area(), Rect.unit().is_square, Rect.from_tuple((4, 5)).area())
closure_vars = inspect.getclosurevars(Rect.describe)
print(sorted(closure_vars.builtins))
