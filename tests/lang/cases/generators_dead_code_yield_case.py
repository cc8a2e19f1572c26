# A yield in code that never runs still makes the function a generator
from contextlib import contextmanager


def never():
    if False:
        yield 1


def never_while():
    while False:
        yield 1
    return 5


def never_else():
    if True:
        return 3
    else:
        yield 4


def never_elif(x):
    if x:
        return 1
    elif False:
        yield 2


def nested_only():
    def inner():
        return 1
    if False:
        lambda: (yield)
    return inner


def plain():
    if False:
        pass
    return 7


for f in (never, never_while, never_else, lambda: never_elif(1), nested_only, plain):
    r = f()
    print(type(r).__name__, end=" ")
    try:
        print(list(r))
    except TypeError as e:
        print("TypeError:", e)

g = never_while()
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


async def agen():
    if False:
        yield 1


async def coro():
    if False:
        await agen()
    return 1

print(type(agen()).__name__)
c = coro()
print(type(c).__name__)
c.close()
