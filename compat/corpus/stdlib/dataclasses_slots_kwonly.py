# Dataclasses with slots=True, kw_only fields, custom __eq__ off, and nested conversion from dicts
from dataclasses import dataclass, field, KW_ONLY, is_dataclass, asdict, fields
import json


@dataclass(slots=True)
class Coord:
    lat: float
    lon: float


@dataclass(kw_only=True)
class Options:
    retries: int = 3
    verbose: bool = False


@dataclass
class Station:
    code: str
    coord: Coord
    _: KW_ONLY
    elevation: int = 0
    sensors: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d):
        kwargs = {}
        for f in fields(cls):
            if f.name not in d:
                continue
            value = d[f.name]
            if f.type is Coord or f.type == "Coord":
                value = Coord(**value)
            kwargs[f.name] = value
        return cls(**kwargs)


@dataclass(eq=False)
class Handle:
    name: str


raw = json.loads('[{"code": "OSL", "coord": {"lat": 59.9, "lon": 10.7}, "elevation": 23, "sensors": ["temp"]},'
                 ' {"code": "BGO", "coord": {"lat": 60.4, "lon": 5.3}}]')
stations = [Station.from_dict(d) for d in raw]
for s in stations:
    print(s)
print(json.dumps([asdict(s) for s in stations], sort_keys=True))
print(Coord.__slots__, hasattr(Coord(1, 2), "__dict__"))
try:
    Coord(1, 2).alt = 5
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
try:
    Station("X", Coord(0, 0), 5)
except TypeError as e:
    print("TypeError:", e)
print(Options(), Options(retries=1, verbose=True))
try:
    Options(5)
except TypeError as e:
    print("TypeError:", e)
print(Handle("a") == Handle("a"), is_dataclass(Handle), is_dataclass(Handle("x")), is_dataclass(dict))
print(Station("Y", Coord(1.5, 2.5), sensors=["wind"]) == Station("Y", Coord(1.5, 2.5), sensors=["wind"]))
