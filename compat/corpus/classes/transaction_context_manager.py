# In-memory key-value store with a transaction context manager that rolls back on errors
class Store:
    def __init__(self):
        self.data = {}
        self._stack = []

    def transaction(self):
        return Transaction(self)

    def set(self, key, value):
        self.data[key] = value

    def __repr__(self):
        return f"Store({self.data})"


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.store._stack.append(dict(self.store.data))
        depth = len(self.store._stack)
        print(f"begin (depth {depth})")
        return self.store

    def __exit__(self, exc_type, exc_value, traceback):
        snapshot = self.store._stack.pop()
        if exc_type is None:
            print("commit")
            return False
        self.store.data = snapshot
        print(f"rollback because {exc_type.__name__}: {exc_value}")
        # swallow only validation problems; let other errors propagate
        return issubclass(exc_type, ValueError)


store = Store()
with store.transaction() as s:
    s.set("alice", 100)
    s.set("bob", 50)
print(store)

with store.transaction() as s:
    s.set("alice", s.data["alice"] - 80)
    s.set("bob", s.data["bob"] + 80)
    if s.data["alice"] < 30:
        raise ValueError("alice would drop below minimum balance")
print("after failed transfer:", store)

with store.transaction() as outer:
    outer.set("carol", 10)
    with store.transaction() as inner:
        inner.set("carol", 999)
        raise ValueError("inner check failed")
    outer.set("dave", 1)
print("after nested:", store)

try:
    with store.transaction() as s:
        s.set("alice", 0)
        s.data["zed"] += 1
except KeyError as e:
    print("propagated KeyError:", e)
print("final:", store, "open transactions:", len(store._stack))
