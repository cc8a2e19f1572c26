# Generator and coroutine functions are functions (types.FunctionType, inspect.isfunction),
# printed as functions; the objects they make are generators and coroutines.
import types
import inspect


def gen():
    yield 1


async def coro():
    return 1


def plain():
    pass


print(isinstance(gen, types.FunctionType), isinstance(coro, types.FunctionType), isinstance(plain, types.FunctionType))
print(type(gen).__name__, type(coro).__name__, inspect.isfunction(gen), inspect.isgeneratorfunction(gen))
print(repr(gen).split(" at ")[0], repr(coro).split(" at ")[0], callable(gen))
print(isinstance(gen(), types.GeneratorType), isinstance(gen, types.GeneratorType), type(gen()).__name__)
c = coro()
print(type(c).__name__, inspect.iscoroutinefunction(coro), inspect.iscoroutine(c))
c.close()
print(gen.__name__, gen.__qualname__, list(gen()), isinstance(gen, types.LambdaType))
try:
    gen[0]
except TypeError as e:
    print("TypeError:", e)
