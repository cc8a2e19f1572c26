# Generic in-memory repository with a bound TypeVar, Optional lookups and query helpers
from __future__ import annotations
from dataclasses import dataclass
from typing import Generic, TypeVar, Optional, Callable, Iterator


@dataclass
class Entity:
    id: int


@dataclass
class Book(Entity):
    title: str
    author: str
    year: int


@dataclass
class Member(Entity):
    name: str
    borrowed: list[int]


E = TypeVar("E", bound=Entity)


class Repository(Generic[E]):
    def __init__(self, kind: type[E]):
        self.kind = kind
        self._rows: dict[int, E] = {}

    def add(self, entity: E) -> E:
        if not isinstance(entity, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(entity).__name__}")
        if entity.id in self._rows:
            raise KeyError(f"duplicate id {entity.id}")
        self._rows[entity.id] = entity
        return entity

    def get(self, entity_id: int) -> Optional[E]:
        return self._rows.get(entity_id)

    def find(self, pred: Callable[[E], bool]) -> list[E]:
        return [e for e in self._rows.values() if pred(e)]

    def __iter__(self) -> Iterator[E]:
        return iter(sorted(self._rows.values(), key=lambda e: e.id))

    def __len__(self) -> int:
        return len(self._rows)


books: Repository[Book] = Repository(Book)
for row in [(3, "Dune", "Herbert", 1965), (1, "Emma", "Austen", 1815), (2, "Ubik", "Dick", 1969)]:
    books.add(Book(*row))
members = Repository(Member)
members.add(Member(10, "Sam", [1, 3]))

print(len(books), [b.title for b in books])
print(books.get(2), books.get(99))
print(books.find(lambda b: b.year > 1900))
sam = members.get(10)
print(sam.name, "has", [books.get(i).title for i in sam.borrowed])
for bad in (Member(11, "Eve", []), Book(1, "Copy", "X", 2000)):
    try:
        books.add(bad)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(Repository.add.__annotations__)
print(E.__bound__, Repository.__parameters__)
