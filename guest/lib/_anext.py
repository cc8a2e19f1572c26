# The awaitable of anext(iterator, default) (the built-in, patch 0237 of guest/patches):
# awaits iterator.__anext__()'s awaitable and gives the default when it is exhausted.


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
