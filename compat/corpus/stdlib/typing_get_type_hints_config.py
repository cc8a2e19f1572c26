# Inspect type hints of a config dataclass and coerce string values to the annotated types
from __future__ import annotations

import dataclasses
from typing import Optional, get_type_hints, get_origin, get_args, Union


@dataclasses.dataclass
class ServerConfig:
    host: str
    port: int
    debug: bool = False
    timeout: Optional[float] = None
    tags: list[str] = dataclasses.field(default_factory=list)


def coerce(raw: str, tp):
    origin = get_origin(tp)
    if origin is Union:
        args = [a for a in get_args(tp) if a is not type(None)]
        if raw.lower() in ("", "none", "null"):
            return None
        return coerce(raw, args[0])
    if origin is list:
        (inner,) = get_args(tp)
        return [coerce(part.strip(), inner) for part in raw.split(",") if part.strip()]
    if tp is bool:
        return raw.lower() in ("1", "true", "yes", "on")
    return tp(raw)


def load(cls, env: dict[str, str]):
    hints = get_type_hints(cls)
    kwargs = {}
    for name, tp in hints.items():
        key = name.upper()
        if key in env:
            kwargs[name] = coerce(env[key], tp)
    return cls(**kwargs)


hints = get_type_hints(ServerConfig)
for name, tp in hints.items():
    print(f"{name:8} -> {tp!r}")

raw = {"HOST": "localhost", "PORT": "8080", "DEBUG": "yes", "TIMEOUT": "2.5", "TAGS": "a, b,c"}
cfg = load(ServerConfig, raw)
print(cfg)
cfg2 = load(ServerConfig, {"HOST": "example.org", "PORT": "443", "TIMEOUT": "none"})
print(cfg2)
print(dataclasses.asdict(cfg2))
