# Async generators (PEP 525): async for, asend/athrow/aclose, their errors, driven by a
# minimal loop and by asyncio.
import asyncio


def run(coro):
    # drive a coroutine that awaits nothing that suspends
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def count(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("count finally")


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except KeyError as e:
                yield "caught %r" % (e,)
    except GeneratorExit:
        print("closing with", received)
        raise


async def main():
    print([x async for x in count(3)])
    g = count(5)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"), await e.asend("b"))
    print(await e.athrow(KeyError("k")))
    print(await e.asend("c"))
    await e.aclose()
    await e.aclose()
    # reusing an awaited __anext__()
    c = count(1)
    aw = c.__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as ex:
        print("RuntimeError:", ex)
    await c.aclose()
    # StopIteration / StopAsyncIteration raised inside
    async def bad(exc):
        yield 1
        raise exc
    for exc in (StopIteration, StopAsyncIteration):
        b = bad(exc)
        await b.__anext__()
        try:
            await b.__anext__()
        except RuntimeError as ex:
            print("RuntimeError:", ex)
    # athrow on a fresh generator raises the exception
    try:
        await count(2).athrow(ValueError("boom"))
    except ValueError as ex:
        print("ValueError:", ex)
    # async generator with awaits inside, under asyncio
    async def ticks(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * i
    print([v async for v in ticks(4)])
    print(await anext_default())


async def anext_default():
    g = count(0)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return "empty"


async def stubborn():
    # a generator that ignores GeneratorExit
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def ignore_exit():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as ex:
        print("RuntimeError:", ex)
    try:
        await s.aclose()
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")


print(run(main()) is None)
run(ignore_exit())
asyncio.run(main())

# not iterable with a plain for, not awaitable
try:
    for x in count(1):
        pass
except TypeError as e:
    print("TypeError:", e)
for src in ("async def f():\n    yield 1\n    return 2", "async def f():\n    yield from g()"):
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
