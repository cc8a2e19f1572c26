# Inspecting generator lifecycle with inspect.getgeneratorstate, gi_running and exhaustion semantics
import inspect

def worker(jobs):
    done = 0
    for job in jobs:
        status = inspect.getgeneratorstate(me)
        print(f"  processing {job!r} (state seen from inside: {status})")
        yield job.upper()
        done += 1
    return done

me = worker(["parse", "load"])
print("created:", inspect.getgeneratorstate(me))
print("first:", next(me))
print("after first:", inspect.getgeneratorstate(me))
print("second:", next(me))
try:
    next(me)
except StopIteration as e:
    print("stop value:", e.value)
print("final:", inspect.getgeneratorstate(me))
print("next with default:", next(me, "nothing left"))

squares = (n * n for n in range(5))
print("genexp state:", inspect.getgeneratorstate(squares))
print("sum once:", sum(squares), "sum again:", sum(squares))
lst = [n * n for n in range(5)]
print("list reusable:", sum(lst), sum(lst))

def closeable():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup in finally")

c = closeable()
next(c)
print("suspended:", inspect.getgeneratorstate(c))
c.close()
print("after close:", inspect.getgeneratorstate(c))
unstarted = closeable()
unstarted.close()
print("closing unstarted runs no finally:", inspect.getgeneratorstate(unstarted))

def reentrant():
    yield next(g)

g = reentrant()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

print("is generator function:", inspect.isgeneratorfunction(worker), inspect.isgeneratorfunction(len))
print("is generator object:", inspect.isgenerator(squares), inspect.isgenerator(iter([])))
print("gen name/qualname:", me.__name__, me.__qualname__)
