# Metaclasses: __new__/__init__/__call__/__prepare__, class keywords, __init_subclass__,
# type() with 1 and 3 arguments, __instancecheck__/__subclasscheck__, __mro_entries__,
# __class_getitem__ and generic aliases, __set_name__, and the errors.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        return super().__call__(*args, **kw)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name, kw)
        return {"injected": 42}

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Base(metaclass=Meta, tag="base"):
    def __init__(self, v=0):
        self.v = v

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class Child(Base, tag="child"):
    pass


print(type(Base) is Meta, type(Child) is Meta, isinstance(Child, Meta), isinstance(Child, type))
print(Base.tag, Child.tag, Base.injected, Child.describe(), Child.upper_name)
c = Child(5)
print(c.v, type(c).__name__, type(c) is Child)
try:
    c.describe
except AttributeError as e:
    print("AttributeError", e)

# type() with three arguments makes real classes, with the bases' metaclass
T = type("T", (Base,), {"x": 1, "f": lambda self: self.x + 1})
print(T.__name__, T.__mro__ == (T, Base, object), T().f(), type(T) is Meta)
U = type("U", (), {"y": 2, "__qualname__": "Q.U"})
print(U, U.y, U.__module__, U.__qualname__, type(U), type(U()).__name__)
print(type(5), type("s"), type(U()), type(type), type(Meta), type(Base).__name__)


# keywords reach __init_subclass__ with a plain metaclass
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name
        Plugin.registry.append(cls.__name__)


class P1(Plugin, name="first"):
    pass


class P2(P1, name="second"):
    pass


print(Plugin.registry, P1.plugin_name, P2.plugin_name)
try:
    class P3(Plugin, bogus=1):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class NoKw(bogus=1):
        pass
except TypeError as e:
    print("TypeError", e)


# a metaclass counting instances and singletons
class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config made")


print(Config() is Config(), len(Singleton._instances))


# class-level special methods on the metaclass
class Listed(type):
    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return "<Listed " + cls.__name__ + ">"

    def __or__(cls, other):
        return "or:" + other.__name__


class Colors(metaclass=Listed):
    items = ["red", "green"]


print(list(Colors), len(Colors), Colors[1], "red" in Colors, "blue" in Colors, Colors, repr(Colors), Colors | int)


# __instancecheck__ / __subclasscheck__
class Checker(type):
    def __instancecheck__(cls, inst):
        return inst == 3

    def __subclasscheck__(cls, sub):
        return sub is int


class Three(metaclass=Checker):
    pass


print(isinstance(3, Three), isinstance(4, Three), issubclass(int, Three), issubclass(str, Three),
      isinstance(3, (str, Three)), isinstance(Three(), Three))


# __mro_entries__ (PEP 560)
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


class WithEntry(Entry()):
    pass


print(WithEntry.__mro__, WithEntry.__orig_bases__[0].__class__.__name__, WithEntry.__bases__)


class FromAlias(list[int]):
    pass


print(FromAlias.__mro__, FromAlias([1, 2]), FromAlias.__orig_bases__)


# __class_getitem__ and types.GenericAlias
class Box:
    def __class_getitem__(cls, item):
        return ("Box", cls.__name__, item)


class SubBox(Box):
    pass


print(Box[int], SubBox[str, int])
print(list[int], dict[str, int], tuple[int, ...], type[Box], list[list[int]])
print(list[int] == list[int], list[int] == list[str], list[int].__origin__, list[int].__args__, list[int]([1, 2]))
try:
    int[str]
except TypeError as e:
    print("TypeError", e)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
print(int | None, int | str | None, (int | str) == (str | int), isinstance(3, int | str), isinstance(None, int | None),
      isinstance("x", int | float), issubclass(bool, int | str), (int | str).__args__, int | int)


# __set_name__ on descriptors, in definition order within a class
class Desc:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

    def __get__(self, obj, objtype=None):
        return self.name if obj is not None else self


class HasDesc:
    a = Desc()
    b = Desc()


print(HasDesc().a, HasDesc().b, HasDesc.a.owner)

# metaclass conflicts and bad metaclasses
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass


try:
    class A3(A1, A2):
        pass
except TypeError as e:
    print("TypeError", e)


class M3(M1, M2):
    pass


class A4(A1, A2, metaclass=M3):
    pass


print(type(A4).__name__)
for args in [("X", 5, {}), ("X", (), []), (1, (), {}), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    type.__new__(Meta, "x")
except TypeError as e:
    print("TypeError", e)
try:
    type.__new__(int, "x", (), {})
except TypeError as e:
    print("TypeError", e)


def fmeta(name, bases, ns, **kw):
    return name + "!" + str(sorted(ns)) + str(kw)


class NotAClass(metaclass=fmeta, k=1):
    x = 1


print(NotAClass)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class UsesBad(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError", e)


# a namespace that records the order of definitions
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = ns.order
        return cls


class Ordered(metaclass=OrderMeta):
    zeta = 1
    alpha = 2

    def middle(self):
        return alpha

    beta = zeta + alpha


print(Ordered.order, Ordered.beta)
