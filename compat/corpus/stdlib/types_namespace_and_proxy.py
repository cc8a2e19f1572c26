# Use types.SimpleNamespace for config objects and MappingProxyType for read-only views
import types
import json

raw = '{"db": {"host": "localhost", "port": 5432}, "debug": true, "name": "svc"}'


def to_ns(obj):
    if isinstance(obj, dict):
        return types.SimpleNamespace(**{k: to_ns(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [to_ns(v) for v in obj]
    return obj


cfg = json.loads(raw, object_hook=lambda d: types.SimpleNamespace(**d))
print(cfg)
print(cfg.db.host, cfg.db.port, cfg.debug)
cfg.db.port = 6543
cfg.extra = "added"
print(vars(cfg.db), sorted(vars(cfg)))
print(to_ns({"a": {"b": [{"c": 1}]}}).a.b[0].c)
print(types.SimpleNamespace(x=1, y=2) == types.SimpleNamespace(y=2, x=1))

_settings = {"timeout": 30, "retries": 3}
SETTINGS = types.MappingProxyType(_settings)
print(SETTINGS["timeout"], len(SETTINGS), dict(SETTINGS))
try:
    SETTINGS["timeout"] = 5
except TypeError as e:
    print("TypeError:", e)
_settings["retries"] = 5
print("proxy reflects changes:", SETTINGS["retries"], "copy:", SETTINGS.copy())
print(SETTINGS | {"new": 1}, type(SETTINGS | {}).__name__)


def gen():
    yield 1


print(isinstance(gen, types.FunctionType), isinstance(gen(), types.GeneratorType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(json, types.ModuleType))
print(isinstance(lambda: 0, types.LambdaType), type(None) is types.NoneType)

Point = types.new_class("Point", (), {}, lambda ns: ns.update({"dims": 2, "norm": lambda self: self.dims}))
print(Point.__name__, Point().norm())
mod = types.ModuleType("dynamic_mod", "A module made at runtime")
mod.answer = 42
print(mod.__name__, mod.__doc__, mod.answer)
bound = types.MethodType(lambda self, n: f"{self.name} x{n}", types.SimpleNamespace(name="widget"))
print(bound(3))
