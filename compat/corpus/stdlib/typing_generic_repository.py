# Generic repository class with TypeVar bound and Generic base
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Optional, Iterator, Callable


@dataclass
class Entity:
    id: int


@dataclass
class Product(Entity):
    name: str
    price: float


@dataclass
class Customer(Entity):
    name: str
    tier: str = "basic"


T = TypeVar("T", bound=Entity)
K = TypeVar("K")


class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}

    def add(self, item: T) -> T:
        if item.id in self._items:
            raise KeyError(f"duplicate id {item.id}")
        self._items[item.id] = item
        return item

    def get(self, id_: int) -> Optional[T]:
        return self._items.get(id_)

    def find(self, pred: Callable[[T], bool]) -> list[T]:
        return [v for v in self._items.values() if pred(v)]

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=lambda e: e.id))

    def __len__(self) -> int:
        return len(self._items)


products: Repository[Product] = Repository()
for i, (n, p) in enumerate([("pen", 1.5), ("book", 12.0), ("lamp", 30.25)], start=1):
    products.add(Product(i, n, p))
customers = Repository[Customer]()
customers.add(Customer(10, "Ann", "gold"))
customers.add(Customer(5, "Bob"))

print(len(products), [p.name for p in products])
print(products.get(2))
print(products.get(99))
print(products.find(lambda p: p.price > 5))
print([c.name for c in customers])
try:
    customers.add(Customer(5, "Dup"))
except KeyError as e:
    print("KeyError", e)
print(Repository[Product].__origin__ is Repository, Repository.__parameters__)
print(T.__bound__.__name__, T.__name__)
