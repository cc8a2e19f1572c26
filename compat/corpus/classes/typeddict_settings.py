# TypedDict settings with required and optional keys, merged with defaults at runtime
from typing import TypedDict, NotRequired, get_type_hints


class DatabaseConfig(TypedDict):
    host: str
    port: int
    user: str
    password: NotRequired[str]


class AppConfig(TypedDict, total=False):
    debug: bool
    workers: int
    db: DatabaseConfig


DEFAULTS: AppConfig = {"debug": False, "workers": 4}


def load(overrides: AppConfig) -> AppConfig:
    merged: AppConfig = {**DEFAULTS, **overrides}
    return merged


def check_db(cfg: dict) -> list[str]:
    problems = []
    hints = get_type_hints(DatabaseConfig)
    for key in sorted(DatabaseConfig.__required_keys__):
        if key not in cfg:
            problems.append(f"missing {key}")
        elif not isinstance(cfg[key], hints[key]):
            problems.append(f"{key} should be {hints[key].__name__}")
    return problems


cfg = load({"workers": 8, "db": {"host": "localhost", "port": 5432, "user": "app"}})
print(cfg)
print(type(cfg).__name__, cfg.get("debug"), cfg.get("timeout", 30))
print(sorted(DatabaseConfig.__required_keys__), sorted(DatabaseConfig.__optional_keys__))
print(AppConfig.__total__, DatabaseConfig.__total__, sorted(AppConfig.__optional_keys__))
print(check_db(cfg["db"]))
print(check_db({"host": "db", "port": "5432"}))
print(list(get_type_hints(AppConfig)))
db = DatabaseConfig(host="h", port=1, user="u")
print(db, "password" in db)
