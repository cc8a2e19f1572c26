# Generator and coroutine states: gi_running, gi_suspended, gi_frame, inspect
import inspect


def worker(jobs):
    for job in jobs:
        print("  inside:", inspect.getgeneratorstate(me), me.gi_running, me.gi_suspended)
        yield job.upper()
    return len(jobs)


me = worker(["a", "b"])
print(inspect.getgeneratorstate(me), me.gi_running, me.gi_suspended, me.gi_frame is None)
print(next(me), inspect.getgeneratorstate(me), me.gi_suspended)
print(next(me))
try:
    next(me)
except StopIteration as e:
    print("stop", e.value)
print(inspect.getgeneratorstate(me), me.gi_suspended, me.gi_frame)


def simple():
    yield 1
    yield 2


s = simple()
next(s)
print(inspect.getgeneratorstate(s))
s.close()
print(inspect.getgeneratorstate(s))
u = simple()
u.close()
print(inspect.getgeneratorstate(u))
e = (i for i in range(3))
print(inspect.getgeneratorstate(e), next(e), inspect.getgeneratorstate(e), list(e), inspect.getgeneratorstate(e))


def reentrant():
    yield next(g)


g = reentrant()
try:
    next(g)
except ValueError as ex:
    print("ValueError:", ex)
print(inspect.getgeneratorstate(g))


async def coro():
    return 1


c = coro()
print(inspect.getcoroutinestate(c), c.cr_suspended)
try:
    c.send(None)
except StopIteration as ex:
    print("done", ex.value)
print(inspect.getcoroutinestate(c))
try:
    inspect.getgeneratorstate(5)
except AttributeError as ex:
    print("AttributeError")
