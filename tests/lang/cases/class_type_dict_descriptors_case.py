# type.__dict__['__mro__'] / ['__dict__'] (getset descriptors), type.__flags__ bits and
# inspect.getattr_static / getmembers on classes
import abc
import inspect
import types

d = type.__dict__
for name in ("__mro__", "__dict__"):
    g = d[name]
    print(name, type(g).__name__, g.__name__, g.__objclass__ is type, repr(g))
    print(type(g) is types.GetSetDescriptorType)
print([c.__name__ for c in d["__mro__"].__get__(bool)])
print(sorted(d["__dict__"].__get__(int).keys())[:3] == sorted(int.__dict__.keys())[:3])
print(d["__mro__"].__get__(None, type) is d["__mro__"])
for bad in (3, "x", None):
    try:
        print(d["__mro__"].__get__(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    d["__mro__"].__get__()
except TypeError as e:
    print("TypeError: arity")


class Base:
    sides = 0

    def area(self):
        raise NotImplementedError


class Rect(Base):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def square(self):
        return self.w == self.h

    @staticmethod
    def unit():
        return Rect(1, 1)

    @classmethod
    def make(cls, t):
        return cls(*t)


for name in ("area", "square", "unit", "make", "sides", "__init__"):
    print(name, type(inspect.getattr_static(Rect, name)).__name__)
r = Rect(2, 3)
print(inspect.getattr_static(r, "w"), type(inspect.getattr_static(r, "square")).__name__)
print(inspect.getattr_static(Rect, "nope", "dflt"))
try:
    inspect.getattr_static(Rect, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n, _ in inspect.getmembers(Rect) if not n.startswith("_")])
print([n for n, _ in inspect.getmembers(r, inspect.ismethod) if not n.startswith("_")])
print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Rect)
       if not a.name.startswith("_")])


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete(Abstract):
    def f(self):
        pass


class Slotted:
    __slots__ = ("a",)


class MyInt(int):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class MyExc(ValueError):
    pass


class Meta(type):
    pass


print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int), inspect.isabstract(Rect))
for c in (Rect, Concrete, Slotted, MyInt, MyList, MyDict, MyStr, MyExc, Meta, tuple, int, list, dict, str, bytes, object, type):
    print(c.__name__, hex(c.__flags__ & ~0x80000 if c.__flags__ & 0x200 else c.__flags__), bool(c.__flags__ & (1 << 9)), bool(c.__flags__ & (1 << 20)))
print(bool(Abstract.__flags__ & (1 << 20)))
try:
    Rect.__flags__ = 0
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
