# StrEnum with auto() for log levels and environment names used as config keys
from enum import StrEnum, auto


class Level(StrEnum):
    DEBUG = auto()
    INFO = auto()
    WARNING = auto()
    ERROR = auto()

    @classmethod
    def parse(cls, text):
        try:
            return cls(text.strip().lower())
        except ValueError:
            return cls.INFO


class Env(StrEnum):
    DEV = "development"
    PROD = "production"


print([lvl.value for lvl in Level])
print(Level.WARNING == "warning", Level.ERROR.upper(), len(Level.DEBUG))
print(repr(Level.INFO), str(Level.INFO), f"[{Level.ERROR}]")
for raw in ["DEBUG", " error ", "verbose", "Warning"]:
    print(f"{raw!r:>12} -> {Level.parse(raw)!r}")

config = {Env.DEV: {"level": Level.DEBUG}, Env.PROD: {"level": Level.WARNING}}
print(config["production"])
print("-".join(Level), ",".join(sorted(Level)))
print(Env("development").name, Env.PROD.startswith("prod"))
order = list(Level)
threshold = Level.WARNING
messages = [("info", "started"), ("error", "disk full"), ("debug", "x=1"), ("warning", "slow")]
for lvl, msg in messages:
    if order.index(Level(lvl)) >= order.index(threshold):
        print(f"{lvl.upper():>7}: {msg}")
