# Exception chaining: raise ... from ..., implicit __context__ and suppressing with from None
class ConfigError(Exception):
    pass


def parse_port(value):
    try:
        port = int(value)
    except ValueError as exc:
        raise ConfigError(f"invalid port {value!r}") from exc
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


def lookup(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigError(f"missing setting {key}") from None


def cleanup_fails():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("cleanup failed while handling error")


def describe(exc):
    print(f"{type(exc).__name__}: {exc}")
    print(f"   __cause__={exc.__cause__!r}")
    print(f"   __context__={exc.__context__!r}")
    print(f"   __suppress_context__={exc.__suppress_context__}")


for thunk in (lambda: parse_port("80a"), lambda: parse_port("70000"),
              lambda: lookup({"host": "x"}, "port"), cleanup_fails):
    try:
        thunk()
    except Exception as e:
        describe(e)

try:
    parse_port("http")
except ConfigError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
