# Typed settings objects with dataclasses: __post_init__ validation, nested conversion, asdict/JSON roundtrip
import json
from dataclasses import asdict, dataclass, field, fields, replace
from enum import Enum


class Env(str, Enum):
    DEV = "dev"
    STAGING = "staging"
    PROD = "prod"


class SettingsError(ValueError):
    pass


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int = 5432
    name: str = "app"
    pool_size: int = 5

    def __post_init__(self):
        if not 0 < self.port < 65536:
            raise SettingsError(f"database.port {self.port} invalid")
        if self.pool_size < 1:
            raise SettingsError("database.pool_size must be >= 1")


@dataclass(frozen=True)
class Settings:
    env: Env
    database: DatabaseSettings
    debug: bool = False
    allowed_hosts: tuple[str, ...] = ()
    feature_flags: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.env is Env.PROD and self.debug:
            raise SettingsError("debug must be off in prod")
        if self.env is Env.PROD and not self.allowed_hosts:
            raise SettingsError("prod requires allowed_hosts")

    @classmethod
    def from_dict(cls, raw: dict) -> "Settings":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise SettingsError(f"unknown settings: {unknown}")
        try:
            return cls(env=Env(raw["env"]), database=DatabaseSettings(**raw["database"]),
                       debug=bool(raw.get("debug", False)), allowed_hosts=tuple(raw.get("allowed_hosts", ())),
                       feature_flags=dict(raw.get("feature_flags", {})))
        except KeyError as e:
            raise SettingsError(f"missing setting {e}") from None
        except TypeError as e:
            raise SettingsError(str(e)) from None


def to_json(s: Settings) -> str:
    return json.dumps(asdict(s), default=lambda o: o.value, sort_keys=True)


CANDIDATES = {
    "dev.json": '{"env": "dev", "debug": true, "database": {"host": "localhost"}}',
    "prod.json": '{"env": "prod", "database": {"host": "db.internal", "pool_size": 20}, '
                 '"allowed_hosts": ["example.com", "www.example.com"], "feature_flags": {"beta": false}}',
    "bad_port.json": '{"env": "staging", "database": {"host": "db", "port": 70000}}',
    "prod_debug.json": '{"env": "prod", "debug": true, "database": {"host": "db"}, "allowed_hosts": ["x"]}',
    "typo.json": '{"env": "dev", "databse": {"host": "db"}}',
    "bad_env.json": '{"env": "qa", "database": {"host": "db"}}',
    "extra_db_key.json": '{"env": "dev", "database": {"host": "db", "user": "root"}}',
}
loaded = {}
for name, text in CANDIDATES.items():
    try:
        loaded[name] = Settings.from_dict(json.loads(text))
        print(f"{name:<18} OK   {to_json(loaded[name])}")
    except (SettingsError, ValueError) as e:
        print(f"{name:<18} FAIL {type(e).__name__}: {e}")

prod = loaded["prod.json"]
print("prod db:", prod.database)
scaled = replace(prod, database=replace(prod.database, pool_size=50))
print("replaced pool size:", scaled.database.pool_size, "original:", prod.database.pool_size)
try:
    prod.debug = True
except AttributeError as e:
    print("frozen:", type(e).__name__, e)
roundtrip = Settings.from_dict(json.loads(to_json(prod)))
print("json roundtrip equal:", roundtrip == prod)
print("env is str:", isinstance(prod.env, str), prod.env == "prod")
