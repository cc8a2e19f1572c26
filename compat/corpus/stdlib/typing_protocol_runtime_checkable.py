# runtime_checkable Protocols used to dispatch over plugin objects
from typing import Protocol, runtime_checkable, Iterable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Renderer(Protocol):
    name: str

    def render(self, data: dict) -> str: ...


class JsonRenderer:
    name = "json"

    def render(self, data):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(data.items()))
        return "{" + items + "}"


class KVRenderer:
    def __init__(self):
        self.name = "kv"
        self.closed = False

    def render(self, data):
        return ";".join(f"{k}={v}" for k, v in sorted(data.items()))

    def close(self):
        self.closed = True


class Broken:
    name = "broken"


def run(plugins: Iterable[object], data: dict) -> None:
    for p in plugins:
        label = type(p).__name__
        if isinstance(p, Renderer):
            print(f"{label:12} renders -> {p.render(data)}")
        else:
            print(f"{label:12} is not a Renderer")
        if isinstance(p, Closeable):
            p.close()
            print(f"{label:12} closed")


plugins = [JsonRenderer(), KVRenderer(), Broken(), "text"]
run(plugins, {"b": 2, "a": 1})
print(plugins[1].closed)
print(isinstance(open, Closeable), issubclass(KVRenderer, Closeable))
try:
    issubclass(KVRenderer, Renderer)
except TypeError as exc:
    print("TypeError:", exc)
