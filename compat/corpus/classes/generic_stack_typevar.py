# Generic container classes with TypeVar and Generic, including subscripted aliases
from typing import Generic, TypeVar, Optional, Callable, Iterator

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


class Grouper(Generic[K, T]):
    def __init__(self, key: Callable[[T], K]):
        self.key = key
        self.groups: dict[K, list[T]] = {}

    def add(self, item: T) -> "Grouper[K, T]":
        self.groups.setdefault(self.key(item), []).append(item)
        return self


s: Stack[int] = Stack()
for n in (1, 2, 3):
    s.push(n)
print(s, len(s), s.peek(), list(s))
print(s.pop(), s.pop(), s.pop(), s.peek())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)

IntStack = Stack[int]
print(IntStack, IntStack.__origin__ is Stack, IntStack.__args__)
print(Stack.__parameters__, Grouper.__parameters__)
print(type(IntStack()).__name__)

g: Grouper[int, str] = Grouper(len)
for w in ["a", "bb", "cc", "ddd", "e"]:
    g.add(w)
print(g.groups)
print(Grouper[str, float])
