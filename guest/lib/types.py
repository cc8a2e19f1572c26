# types for the mpsandbox guest: names for the interpreter's types, and SimpleNamespace.
# Only the types MicroPython has; they can be tested against but not all constructed.
import sys


def _f():
    pass


async def _c():
    pass


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GeneratorType = type((lambda: (yield))())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _ag
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
_CoroutineFunctionType = type(_c)
del _f, _c, _C


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), **kwargs):
        for k, v in dict(mapping_or_iterable).items():
            setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(%s)" % ", ".join(items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)


class _GeneratorWrapper:
    # types.coroutine's wrapper of a generator: awaitable, iterates the generator
    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine. (The generator function
    itself is not changed as in CPython: the result is a wrapper whose calls give
    awaitable generators.)"""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if type(func) is _CoroutineFunctionType and func.__code__.co_flags & 0x80:
        return func  # already a coroutine function

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType:
            return coro
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped

# The type of list[int] (wt/stdlib3: difflib, urllib.parse and other CPython modules use it
# for __class_getitem__).
GenericAlias = type(list[int])
