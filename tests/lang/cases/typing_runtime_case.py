# typing as CPython 3.11's own module: the runtime behaviour of the common forms.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple,
                    Optional, Protocol, Set, Tuple, Type, TypedDict, TypeVar, Union, cast,
                    get_args, get_origin, get_type_hints, overload, runtime_checkable,
                    TYPE_CHECKING, Iterable, Iterator, Mapping, Sequence, NewType, Annotated)

print(TYPE_CHECKING)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(Tuple[int, ...], Callable[[int, str], bool], Callable[..., int], Type[int])
print(Literal["a", 1], ClassVar[int], Final[int], Any, Iterable[int], Mapping[str, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]),
      get_args(Optional[int]), get_args(Callable[[int], str]))
print(Union[int, int], Union[int], Optional[Union[int, str]], Union[int, str] == Union[str, int])
print(list[int], dict[str, int] | None, int | str, get_args(int | str))
print(cast(int, "x"), cast("List[int]", 5))

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
print(T, K, N, T.__name__, K.__bound__, N.__constraints__)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](3)
print(b.get(), Box[int], Box.__parameters__, Box[int].__origin__ is Box, type(b).__name__)
print(Box.__mro__)


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm(self) -> int:
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.norm(), p._asdict(), p._replace(y=1), Point._fields, Point._field_defaults)
print(Point.__annotations__, isinstance(p, tuple), p[0], Point(1))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__)


class Movie(TypedDict):
    name: str
    year: int


class Movie2(Movie, total=False):
    extra: str


m = Movie(name="x", year=1)
print(m, type(m), sorted(Movie.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
M3 = TypedDict("M3", {"a": int})
print(M3(a=1), M3.__annotations__)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closer), isinstance(1, Closer))
try:
    class P2(Protocol):
        def x(self): ...
    isinstance(F(), P2)
except TypeError as e:
    print("TypeError", e)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(1), f("s"))
try:
    typing._overload_dummy()
except NotImplementedError as e:
    print("NotImplementedError", e)


def g(a: int, b: "List[str]", c: Optional[int] = None) -> Dict[str, int]:
    return {}


print(get_type_hints(g))


class C:
    x: int
    y: "Optional[str]" = None
    z: ClassVar[int] = 1


print(get_type_hints(C))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(Annotated[int, "meta"], get_args(Annotated[int, "meta"]))
for bad in (lambda: Union[()], lambda: Generic[int], lambda: List[int, str],
            lambda: Optional[int, str], lambda: Callable[int, str], lambda: T(), lambda: Any(),
            lambda: Box[int, int], lambda: TypeVar("X", int), lambda: isinstance(1, List[int])):
    try:
        bad()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
print(typing.Sequence[int], typing.DefaultDict[str, int], typing.Counter[str], typing.Deque[int])
print(repr(typing.AnyStr), typing.Text, typing.NoReturn, typing.Never, typing.Self)
