# Generator lifecycle: throw() for error injection, close() with finally cleanup, GeneratorExit handling
class ResetCounter(Exception):
    pass

log = []

def counter(start=0):
    n = start
    try:
        while True:
            try:
                yield n
                n += 1
            except ResetCounter as e:
                log.append(f"reset requested: {e}")
                n = start
    finally:
        log.append(f"counter cleaned up at {n}")

c = counter(5)
print([next(c) for _ in range(3)])
print("after throw:", c.throw(ResetCounter("too high")))
print("continues:", next(c), next(c))
c.close()
print("log:", log)
print("next after close:", next(c, "exhausted"))

def resource(name):
    log.clear()
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    except GeneratorExit:
        log.append(f"{name} closed early")
        raise
    else:
        log.append(f"{name} finished normally")
    finally:
        log.append(f"release {name}")

r = resource("db")
print(next(r), next(r))
r.close()
print("log:", log)
print("full run:", list(resource("file")), log)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def validator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("  bad value ignored:", e)
            continue
        total += x

v = validator()
next(v)
v.send(10)
v.throw(ValueError("negative amount"))
print("total after throw:", v.send(5))
try:
    v.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated:", repr(e))
