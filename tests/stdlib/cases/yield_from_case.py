# Generators delegating with `yield from` (guest/patches/0001-yield-from-delegation.patch resumes such chains without
# entering each generator's bytecode): values, sends, returns, throws, closes and
# exceptions must cross a chain as they do in CPython.


def leaf(n, log):
    total = 0
    for i in range(n):
        got = yield i
        log.append(("leaf got", i, got))
        if got is not None:
            total += got
    return ("leaf done", total)


def middle(depth, n, log):
    if depth == 0:
        r = yield from leaf(n, log)
    else:
        r = yield from middle(depth - 1, n, log)
    log.append(("middle", depth, r))
    return r


# Values out, sent values in, return values back up through every level.
log = []
g = middle(5, 4, log)
print(next(g))
print(g.send(10))
print(g.send(None))
print(g.send(32))
try:
    g.send(7)
except StopIteration as e:
    print("stop", e.args)
for entry in log:
    print(entry)
print(list(middle(3, 5, [])))
print(sum(middle(10, 100, [])))


# More code after a delegation, and several delegations one after another.
def seq():
    a = yield from middle(2, 2, [])
    yield ("between", a)
    b = yield from middle(1, 3, [])
    yield ("after", b)
    return "seq done"


def top():
    r = yield from seq()
    yield r


print(list(top()))


# An exception raised by the leaf crosses the chain; a middle level can catch it, and
# finally blocks run in order.
def raiser(after):
    yield from range(after)
    raise KeyError("from leaf")


def catcher():
    try:
        yield from raiser(2)
    except KeyError as e:
        yield ("caught", e.args)
    finally:
        print("catcher finally")
    yield "catcher after"


def passer(depth):
    try:
        if depth:
            yield from passer(depth - 1)
        else:
            yield from catcher()
            yield from raiser(1)
    finally:
        print("passer finally", depth)


try:
    for v in passer(3):
        print("got", v)
except KeyError as e:
    print("outer KeyError", e.args)


# PEP 479: StopIteration inside a delegate becomes RuntimeError.
def stopper():
    yield 1
    raise StopIteration("inner")


def around_stopper():
    try:
        yield from stopper()
    except RuntimeError as e:
        yield ("RuntimeError", e.args)


print(list(around_stopper()))


# throw() and close() go down the chain to the leaf.
def thrown_leaf():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield ("leaf handled", e.args)
        except GeneratorExit:
            print("leaf closing")
            raise


def thrown_middle(depth):
    if depth:
        r = yield from thrown_middle(depth - 1)
    else:
        r = yield from thrown_leaf()
    return r


g = thrown_middle(4)
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
g.close()
try:
    next(g)
except StopIteration:
    print("closed chain is finished")
g = thrown_middle(4)
next(g)
try:
    g.throw(TypeError("unhandled"))
except TypeError as e:
    print("TypeError out of the chain", e.args)


# A generator in the chain that is resumed while it runs; it goes on afterwards.
def reentrant():
    yield 1
    try:
        next(outer)
    except ValueError as e:
        print("ValueError", e)
    yield 2
    return "reentrant done"


def outer_gen():
    r = yield from middle_of(reentrant())
    yield ("outer after", r)


def middle_of(sub):
    r = yield from sub
    yield ("middle after", r)
    return "middle done"


outer = outer_gen()
print(list(outer))


# A delegator resumed while its delegate runs: the resume raises in the delegator, which
# ends with that exception.
def running_leaf():
    yield 1
    try:
        next(first)
    except ValueError as e:
        print("ValueError", e)
    yield 2


def delegator():
    r = yield from running_sub
    yield ("delegator after", r)


running_sub = running_leaf()
first, other = delegator(), delegator()
print(next(first), next(other))
print(list(first), list(other))


# Two delegators sharing one delegate, and a delegate closed while a delegator waits on it.
shared = leaf(6, [])


def share():
    yield from shared


a, b = share(), share()
print(next(a), next(b), next(a), next(b), a.send(5), b.send(None))
inner = leaf(5, [])


def waits():
    r = yield from inner
    yield ("inner finished with", r)
    yield "waits after"


w = waits()
print(next(w), next(w))
inner.close()
print(list(w))


# Delegating to iterators that are not generators, and to generator expressions.
def mixed():
    yield from [1, 2]
    yield from (x * x for x in range(3))
    yield from iter("ab")
    r = yield from middle(1, 2, [])
    yield r


print(list(mixed()))


# Coroutines: await is yield from.
class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("suspend", self.v)
        return (self.v, got)

    __iter__ = __await__  # MicroPython's await uses __iter__


async def co_leaf(v):
    return await Ready(v)


async def co_chain(depth, v):
    if depth:
        return await co_chain(depth - 1, v)
    return await co_leaf(v)


c = co_chain(6, "v")
print(c.send(None))
try:
    c.send("resumed")
except StopIteration as e:
    print("coroutine returned", e.args)
