# Bad input: awaiting non-awaitables, asyncio.run() misuse, negative sleeps, wrong
# protocols; errors as CPython's.
import asyncio


class BadAwait:
    def __await__(self):
        return 42


class GoodAwait:
    def __await__(self):
        yield
        return "good"


class NoAnext:
    def __aiter__(self):
        return self


def gen():
    yield 1


async def try_await(obj):
    try:
        return await obj
    except TypeError as e:
        return f"TypeError: {e}"


async def main():
    print(await try_await(5))
    print(await try_await(None))
    print(await try_await(gen()))
    print(await try_await(BadAwait()))
    print(await try_await(GoodAwait()))
    for obj in (1, NoAnext()):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
    t0 = asyncio.get_running_loop().time()
    await asyncio.sleep(-1)
    await asyncio.sleep(-0.5, "x")
    print("negative sleeps return at once:", asyncio.get_running_loop().time() - t0 < 0.5)
    inner = asyncio.sleep(0)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("RuntimeError:", e)
    inner.close()
    c = asyncio.sleep(0)
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)


async def never():
    await asyncio.sleep(0)


try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
asyncio.run(main())
for src in ("def f():\n    await x", "def f():\n    async for x in y: pass",
            "def f():\n    async with y: pass", "def f(y):\n    return [x async for x in y]",
            "def f(y):\n    return [await x for x in y]"):
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
c = never()
print(type(c).__name__, c.__name__, c.cr_running, c.cr_await)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
c.close()
