# dataclasses as CPython 3.11's own module.
import dataclasses
from dataclasses import (FrozenInstanceError, InitVar, KW_ONLY, asdict, astuple, dataclass,
                         field, fields, is_dataclass, make_dataclass, replace)
from typing import ClassVar, List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), Point(3))
print(Point.__doc__, Point.__init__.__qualname__, Point.__match_args__)
print([(f.name, f.type, f.default is dataclasses.MISSING) for f in fields(p)], [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v = Version(1, 2)
print(v < Version(1, 3), v >= Version(1, 2), sorted([Version(2), Version(1, 5), v]))
print(hash(v) == hash(Version(1, 2)), {v: 1}[Version(1, 2)])
try:
    v.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="s", compare=False, repr=False)
    total: int = field(init=False, default=0)
    limit: ClassVar[int] = 10

    def __post_init__(self):
        self.total = len(self.items)


a = Inventory("a", ["x", "y"])
b = Inventory("a", ["x", "y"], secret="t")
print(a, a == b, a.total, Inventory.limit, [f.name for f in fields(Inventory)])
a.items.append("z")
print(Inventory("b").items, a.items)
print(asdict(a), astuple(a))
print(replace(a, name="c"))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = None


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))
print(astuple(Node(5)))


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale


print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW(b=3, a=4))
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1


print(Mixed(1, c=5))


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq(1).__eq__ is not None)


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, default=None)


print(hash(H(1)) == hash(H(1, [1])))


@dataclass
class Base:
    x: int = 1


@dataclass
class Derived(Base):
    y: int = 2
    x: int = 5


print(Derived(), Derived(3, 4), [f.name for f in fields(Derived)])
C = make_dataclass("C", [("a", int), ("b", int, field(default=3))], namespace={"s": lambda self: self.a + self.b})
c = C(1)
print(c, c.s(), C.__name__)
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: asdict(1),
            lambda: fields(1), lambda: replace(p, z=1), lambda: Version(1) < (1, 0)):
    try:
        bad()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
print(repr(dataclasses.MISSING)[:32], repr(fields(Point)[1].default), fields(Point)[0].type)
