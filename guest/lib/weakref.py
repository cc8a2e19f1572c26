# weakref for the mpsandbox guest. MicroPython has no weak references: its garbage collector
# traces the heap now and then, so an object does not die when its last reference goes
# as in CPython, and nothing can tell a weak reference that its referent died. Anything
# that would have to (ref, proxy, WeakMethod, the weak containers, finalize) raises
# NotImplementedError naming what is missing, rather than keeping objects alive and
# answering differently from CPython. The module imports, so code that only mentions it
# runs; getweakrefcount/getweakrefs are exact (no object has weak references).


def _unsupported(name):
    raise NotImplementedError(
        "weakref.%s is not supported: MicroPython has no weak references" % name
    )


class ref:
    def __new__(cls, *args, **kwargs):
        _unsupported(cls.__name__)


ReferenceType = ref


class WeakMethod(ref):
    pass


class ProxyType:
    def __new__(cls, *args, **kwargs):
        _unsupported("proxy")


class CallableProxyType(ProxyType):
    pass


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    _unsupported("proxy")


def getweakrefcount(object):
    return 0


def getweakrefs(object):
    return []


class _Unsupported:
    def __init__(self, *args, **kwargs):
        _unsupported(type(self).__name__)


class WeakValueDictionary(_Unsupported):
    pass


class WeakKeyDictionary(_Unsupported):
    pass


class WeakSet(_Unsupported):
    pass


class finalize(_Unsupported):
    pass


__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]
