# Order of except clauses, tuples of exception types, and bare raise to re-raise after logging
log = []


def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return len(5)
    if kind == "custom":
        raise PermissionError("access denied")
    return "fine"


def handler_a(kind):
    try:
        return risky(kind)
    except LookupError:
        return "LookupError branch"  # catches KeyError and IndexError first
    except KeyError:
        return "KeyError branch (unreachable)"
    except (ZeroDivisionError, TypeError) as e:
        return f"tuple branch: {type(e).__name__}"


def handler_b(kind):
    try:
        return risky(kind)
    except Exception as e:
        log.append(f"logged {type(e).__name__}")
        if isinstance(e, OSError):
            raise
        return "swallowed"


for kind in ["ok", "key", "index", "zero", "type"]:
    print(f"{kind:<7} a={handler_a(kind)!r:<26} b={handler_b(kind)!r}")

try:
    handler_a("custom")
except PermissionError as e:
    print("handler_a let through:", repr(e))
try:
    handler_b("custom")
except OSError as e:
    print("handler_b re-raised:", type(e).__name__, e.errno, e)
print(log)

errors = (ValueError, TypeError)
for value in ["3", "x", None]:
    try:
        print(int(value) * 2)
    except errors as e:
        print(f"{type(e).__name__} for {value!r}")

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except Exception as e:
    print("bare raise kept:", repr(e), e.__context__)
