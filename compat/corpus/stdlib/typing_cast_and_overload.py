# Use typing.overload and cast in a small parsing helper module
from typing import overload, cast, Union, Any, Literal


@overload
def parse_value(text: str, kind: Literal["int"]) -> int: ...
@overload
def parse_value(text: str, kind: Literal["float"]) -> float: ...
@overload
def parse_value(text: str, kind: Literal["list"]) -> list[str]: ...
def parse_value(text: str, kind: str) -> Union[int, float, list[str]]:
    if kind == "int":
        return int(text, 0)
    if kind == "float":
        return float(text)
    if kind == "list":
        return [t for t in text.split(";") if t]
    raise ValueError(f"unknown kind {kind!r}")


def first_item(payload: Any) -> str:
    items = cast(list, payload["items"])
    return cast(str, items[0])


print(parse_value("0x1F", "int"))
print(parse_value("0o17", "int"))
print(parse_value("3.25e2", "float"))
print(parse_value("a;b;;c", "list"))
try:
    parse_value("x", "dict")  # type: ignore[call-overload]
except ValueError as exc:
    print("error:", exc)

data = {"items": ["alpha", "beta"]}
print(first_item(data))
obj = cast(int, "not really an int")
print(type(obj).__name__, obj)
print(parse_value.__name__, parse_value.__doc__)
