# Exceptions and generators: throw(), close() with GeneratorExit, StopIteration.value, errors inside
def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print(f"  generator recovered from: {e}")
                continue
            if value is None:
                break
            total += value
    except GeneratorExit:
        print(f"  closing with total={total}")
        raise
    finally:
        print("  generator cleanup")
    return total


gen = accumulator()
print(next(gen))
print(gen.send(10))
print(gen.send(5))
print(gen.throw(ValueError("bad input")))
print(gen.send(1))
gen.close()
print("closed state:", gen.gi_frame is None)

gen2 = accumulator()
next(gen2)
gen2.send(7)
try:
    gen2.send(None)
except StopIteration as stop:
    print("StopIteration value:", stop.value, stop.args)

gen3 = accumulator()
next(gen3)
try:
    gen3.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(gen3)
except StopIteration:
    print("gen3 finished")


def broken():
    yield 1
    raise StopIteration("inside generator")


try:
    list(broken())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "refuse"


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
