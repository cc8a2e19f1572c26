# types for the mpsandbox guest: CPython 3.11's names for the interpreter's types,
# SimpleNamespace, the class-creation helpers (new_class, prepare_class, resolve_bases),
# DynamicClassAttribute and coroutine (a wrapper, as this interpreter's coroutines are
# their own type: CPython's types.py rewrites code flags). Written for mpsandbox.
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
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
UnionType = type(int | str)


def _cell():
    a = 1

    def inner():
        return a

    return inner.__closure__[0]


CellType = type(_cell())


class _S:
    __slots__ = ("_s",)


MemberDescriptorType = type(_S.__dict__["_s"])
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
del _f, _c, _C, _cell, _S


def _no_such_objects(name):
    # a type CPython has whose objects this interpreter never makes (built-in methods are
    # builtin_function_or_method here): isinstance() of anything is False
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % name)

    t = type(name, (), {"__new__": __new__})
    t.__module__ = "builtins"
    return t


# the special methods of built-in types (int.__add__, type.__call__), guest/patches 0164
WrapperDescriptorType = type(int.__add__)
MethodWrapperType = _no_such_objects("method-wrapper")
MethodDescriptorType = _no_such_objects("method_descriptor")
ClassMethodDescriptorType = _no_such_objects("classmethod_descriptor")
GetSetDescriptorType = type(type.__dict__["__dict__"])  # guest/patches 0260


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return name + "(...)"
        _repr_running.add(id(self))
        try:
            return "%s(%s)" % (name, ", ".join("%s=%r" % kv for kv in self.__dict__.items()))
        finally:
            _repr_running.discard(id(self))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        mro_entries = getattr(base, "__mro_entries__", None)
        if mro_entries is None:
            continue
        entries = mro_entries(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    return tuple(new_bases) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass: (metaclass, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__ (an attribute of the instances
    that reads as AttributeError on the class, unless abstract); enum's property."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel, doc):
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        fdoc = getattr(fget, "__doc__", None) if self.overwrite_doc else None
        return self._copy(fget, self.fset, self.fdel, fdoc or self.__doc__)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


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
