# typing.get_type_hints over the built-in generic aliases (list[str], dict[str, int]): they
# say __unpacked__ False (patch 0226); sys.getrefcount answers (an int, at least 1).
import dataclasses
import sys
from typing import Optional, Union, get_args, get_origin, get_type_hints


@dataclasses.dataclass
class Config:
    host: str
    port: int = 80
    tags: list[str] = dataclasses.field(default_factory=list)
    env: dict[str, "int"] = dataclasses.field(default_factory=dict)
    timeout: Optional[float] = None
    pairs: "tuple[int, ...]" = ()


hints = get_type_hints(Config)
for name, tp in hints.items():
    print(name, tp, get_origin(tp), get_args(tp))
print(list[int].__unpacked__, dict[str, int].__unpacked__, tuple[int, ...].__unpacked__)


def f(a: "list[Union[int, str]]", b: set[bytes] = None) -> dict[str, list[int]]:
    pass


print(get_type_hints(f))
print(type(sys.getrefcount(object())).__name__, sys.getrefcount(Config) >= 1)
try:
    sys.getrefcount()
except TypeError:
    print("TypeError")
