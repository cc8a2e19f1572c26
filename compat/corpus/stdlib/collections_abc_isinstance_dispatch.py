# Recursively summarise arbitrary data using collections.abc isinstance checks
from collections.abc import Mapping, Sequence, Iterable, Set, Sized, Hashable, MutableMapping, Callable
from collections import OrderedDict, deque
import types


def describe(obj, depth=0):
    pad = "  " * depth
    if isinstance(obj, (str, bytes)):
        print(f"{pad}{type(obj).__name__}: {obj!r}")
    elif isinstance(obj, Mapping):
        kind = "mutable mapping" if isinstance(obj, MutableMapping) else "mapping"
        print(f"{pad}{kind} with {len(obj)} keys")
        for k in sorted(obj, key=str):
            print(f"{pad}  key {k!r}:")
            describe(obj[k], depth + 2)
    elif isinstance(obj, Sequence):
        print(f"{pad}sequence[{len(obj)}] ({type(obj).__name__})")
        for item in obj:
            describe(item, depth + 1)
    elif isinstance(obj, Set):
        print(f"{pad}set of {len(obj)}: {sorted(obj)}")
    elif isinstance(obj, Iterable):
        print(f"{pad}iterable {type(obj).__name__} -> {list(obj)}")
    else:
        print(f"{pad}scalar {type(obj).__name__}: {obj!r}")


data = {
    "name": "job-1",
    "steps": ["fetch", ("parse", 2)],
    "tags": frozenset({"etl", "daily"}),
    "meta": types.MappingProxyType({"owner": "ops"}),
    "queue": deque([1, 2]),
    "gen": (x * x for x in range(3)),
    "limit": 3.5,
}
describe(data)

for obj in [[], (), "", {}, set(), range(3), OrderedDict(), len, 5]:
    flags = [abc.__name__ for abc in (Sequence, Mapping, Set, Sized, Hashable, Callable) if isinstance(obj, abc)]
    print(f"{type(obj).__name__:22} {flags}")
print(issubclass(dict, MutableMapping), issubclass(tuple, Sequence), issubclass(list, Hashable))
