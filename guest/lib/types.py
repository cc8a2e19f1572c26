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
del _coro
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
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


# The type of list[int] (wt/stdlib3: difflib, urllib.parse and other CPython modules use it
# for __class_getitem__).
GenericAlias = type(list[int])
