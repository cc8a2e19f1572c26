# Tracing the execution order of try/except/else/finally blocks along different paths
def run(label, action):
    trace = []
    try:
        trace.append("try")
        action()
        trace.append("try-end")
    except ValueError as e:
        trace.append(f"except ValueError({e})")
    except (KeyError, IndexError) as e:
        trace.append(f"except {type(e).__name__}")
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    print(f"{label:<10} {' -> '.join(trace)}")


def ok():
    pass


def bad_value():
    int("abc")


def bad_index():
    [][0]


run("ok", ok)
run("value", bad_value)
run("index", bad_index)
run("key", lambda: {}["k"])


def escapes():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError("not handled here")
        except ValueError:
            log.append("inner except (skipped)")
        finally:
            log.append("inner finally")
        log.append("after inner (skipped)")
    except TypeError as e:
        log.append(f"outer caught {e!r}")
    finally:
        log.append("outer finally")
    return log


print(escapes())


def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")


print(early_return())

for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("loop finally", i)
