# A StopIteration raised inside a generator becomes RuntimeError (PEP 479), chained to it.
def gen():
    yield 1
    raise StopIteration("inner")


def gen_next():
    it = iter([])
    yield next(it)


for g in (gen, gen_next):
    try:
        print(list(g()))
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)


def ok():
    yield 1
    return 5


print(list(ok()))
try:
    next(x for x in [1] if next(iter([])))
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__)


async def agen():
    yield 1
    raise StopAsyncIteration


async def main():
    try:
        async for v in agen():
            print(v)
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))

import asyncio
asyncio.run(main())


def uncaught():
    yield next(iter(()))


list(uncaught())
