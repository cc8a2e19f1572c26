# contextlib.contextmanager-based managers: cleanup on error, converting and suppressing exceptions
from contextlib import contextmanager


@contextmanager
def opened(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        log.append(f"handled {type(e).__name__} in {name}")
    finally:
        log.append(f"close {name}")


@contextmanager
def translate_errors(prefix):
    try:
        yield
    except KeyError as e:
        raise LookupError(f"{prefix}: missing key {e}") from e


@contextmanager
def bad_manager():
    yield 1
    yield 2


log = []
with opened("a.txt", log) as f:
    log.append(f"using {f}")
print(log)

log = []
with opened("b.txt", log):
    log.append("about to divide")
    1 / 0
log.append("continued after with")
print(log)

log = []
try:
    with opened("c.txt", log):
        raise ValueError("not handled by manager")
except ValueError as e:
    log.append(f"outer got {e}")
print(log)

try:
    with translate_errors("settings"):
        {"a": 1}["b"]
except LookupError as e:
    print(type(e).__name__, "-", e, "| cause:", repr(e.__cause__))

try:
    with bad_manager() as v:
        print("value", v)
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
