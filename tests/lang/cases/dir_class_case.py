# dir(cls) lists what the class and its bases define, not what type gives every class
# (patch 0227); inspect.getmembers of a class follows it.
import inspect

META = {"mro", "__subclasses__", "__instancecheck__", "__subclasscheck__", "__prepare__", "__base__",
        "__bases__", "__mro__", "__name__", "__qualname__"}


class Base:
    sides = 0

    def area(self):
        return 0


class Rect(Base):
    def __call__(self):
        return "called"

    def mro(self):
        return "own mro"


for cls in (Base, Rect, int, str, dict, object):
    names = dir(cls)
    print(cls.__name__, sorted(META & set(names)), "__call__" in names, "__dict__" in names, "__module__" in names,
          names == sorted(names))
print(sorted(set(dir(type)) & META), "mro" in dir(Rect()), Rect().mro())
print([n for n, _ in inspect.getmembers(Rect) if not n.startswith("_")])


class Meta(type):
    def extra(cls):
        return 1


class WithMeta(metaclass=Meta):
    pass


print("mro" in dir(WithMeta), "__bases__" in dir(Meta), "mro" in dir(Meta), WithMeta.extra())
zeta = alpha = 1
print([n for n in dir() if n in ("zeta", "alpha", "Base", "META")], dir([]) == sorted(dir([])))
