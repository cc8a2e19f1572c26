# A tiny key-value store driven by commands parsed with match on tuples, lists and dicts
store: dict[str, object] = {}
history = []

def execute(cmd):
    match cmd:
        case ("set", str(key), value):
            store[key] = value
            return f"ok {key}"
        case ("get", str(key)):
            return store.get(key, "(nil)")
        case ("del", *keys) if keys:
            removed = [k for k in keys if store.pop(k, None) is not None]
            return f"removed {len(removed)}"
        case ("incr", key, int(n)) | ("incr", key, n) if isinstance(n, int):
            store[key] = store.get(key, 0) + n
            return store[key]
        case ("incr", key):
            return execute(("incr", key, 1))
        case {"op": "mset", "items": dict(items)}:
            store.update(items)
            return f"set {len(items)} keys"
        case {"op": "keys", **rest}:
            prefix = rest.get("prefix", "")
            return sorted(k for k in store if k.startswith(prefix))
        case ["batch", *subcommands]:
            return [execute(c) for c in subcommands]
        case str() as text if text.strip():
            return execute(tuple(int(p) if p.lstrip("-").isdigit() else p for p in text.split()))
        case _:
            return f"error: bad command {cmd!r}"

commands = [
    ("set", "user:1", "alice"),
    ("set", "user:2", "bob"),
    ("get", "user:1"),
    ("get", "user:9"),
    ("incr", "visits"),
    ("incr", "visits", 10),
    "incr visits -3",
    "set greeting hello",
    {"op": "mset", "items": {"user:3": "carol", "limit": 100}},
    {"op": "keys", "prefix": "user:"},
    {"op": "keys"},
    ["batch", ("get", "greeting"), ("del", "user:2", "nope"), ("get", "user:2")],
    ("del",),
    ("set", 42, "x"),
    "   ",
]
for c in commands:
    result = execute(c)
    history.append(result)
    print(f"{str(c):70.70} -> {result}")
print("final store:", dict(sorted(store.items())))
