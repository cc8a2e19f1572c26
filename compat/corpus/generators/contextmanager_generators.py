# contextlib.contextmanager generators: nested tags, temporary settings, transactions, suppress and ExitStack
from contextlib import contextmanager, suppress, ExitStack

events = []

@contextmanager
def tag(name):
    events.append(f"<{name}>")
    try:
        yield name
    finally:
        events.append(f"</{name}>")

@contextmanager
def temporary_setting(config, key, value):
    sentinel = object()
    old = config.get(key, sentinel)
    config[key] = value
    try:
        yield config
    finally:
        if old is sentinel:
            del config[key]
        else:
            config[key] = old

@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print(f"  rolled back because: {e!r}")
        raise
    else:
        print("  committed", sorted(db.items()))

with tag("html"):
    with tag("body") as t:
        events.append(f"content of {t}")
print("".join(events))

config = {"debug": False, "level": "info"}
with temporary_setting(config, "debug", True) as c:
    print("inside:", c)
with temporary_setting(config, "extra", 1):
    print("extra present:", "extra" in config)
print("restored:", config)

db = {"alice": 100, "bob": 50}
with transaction(db) as d:
    d["alice"] -= 30
    d["bob"] += 30
try:
    with transaction(db) as d:
        d["alice"] -= 500
        if d["alice"] < 0:
            raise ValueError("insufficient funds")
except ValueError:
    pass
print("db after:", db)

with suppress(KeyError, ZeroDivisionError):
    print("before error")
    {}["missing"]
    print("never printed")
print("suppressed fine")

events.clear()
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b", "c")]
    stack.callback(events.append, "callback ran")
    events.append("body:" + ",".join(names))
print(events)
