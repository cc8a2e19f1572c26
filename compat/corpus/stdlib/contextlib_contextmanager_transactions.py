# Generator-based context managers: transactions with rollback, chdir-like state, and decorators
import contextlib

class FakeDB:
    def __init__(self):
        self.rows, self.log = {"a": 1}, []

@contextlib.contextmanager
def transaction(db):
    snapshot = dict(db.rows)
    db.log.append("BEGIN")
    try:
        yield db.rows
    except Exception as exc:
        db.rows.clear()
        db.rows.update(snapshot)
        db.log.append(f"ROLLBACK ({type(exc).__name__})")
        raise
    else:
        db.log.append("COMMIT")

db = FakeDB()
with transaction(db) as rows:
    rows["b"] = 2
try:
    with transaction(db) as rows:
        rows["c"] = 3
        rows["a"] = rows["missing"]
except KeyError as e:
    print("failed with KeyError", e)
print(db.rows, db.log)

STATE = {"indent": 0}

@contextlib.contextmanager
def indented(step=2):
    STATE["indent"] += step
    try:
        yield STATE["indent"]
    finally:
        STATE["indent"] -= step

def out(msg):
    print(" " * STATE["indent"] + msg)

out("root")
with indented():
    out("child")
    with indented(4) as level:
        out(f"grandchild at {level}")
    out("child again")
out("root again")

@contextlib.contextmanager
def announce(name):
    print(f"enter {name}")
    yield
    print(f"exit {name}")
@announce("decorated")
def work(x):
    print("working on", x)
    return x * 2

print(work(21))

class Tracker(contextlib.ContextDecorator):
    def __enter__(self):
        print("tracker on")
        return self

    def __exit__(self, *exc):
        print("tracker off", exc[0].__name__ if exc[0] else "")
        return True  # swallow errors

@Tracker()
def risky():
    raise ValueError("boom")

print(risky())
