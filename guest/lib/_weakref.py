# _weakref for the mpsandbox guest: the names CPython's pure-Python library modules take
# from the C module _weakref (_weakrefset for abc's registries, collections for the
# linked list of its pure-Python OrderedDict). MicroPython has no weak references: a
# reference here keeps its object alive and never calls its callback. That is invisible
# to those internal users (their objects are classes and their own nodes), but would be a
# silent difference for a program that waits for an object to die, so the public
# `weakref` module is not provided (importing it fails).


class ReferenceType:
    __slots__ = ("_obj", "__callback__")

    def __init__(self, ob, callback=None):
        if isinstance(ob, (int, float, str, bytes, tuple, list, dict, type(None))):
            raise TypeError("cannot create weak reference to '%s' object" % type(ob).__name__)
        self._obj = ob
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj == other._obj
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj != other._obj
        return NotImplemented

    def __repr__(self):
        obj = self._obj
        name = getattr(type(obj), "__name__", "?")
        return "<weakref at 0x%x; to '%s' at 0x%x>" % (id(self), name, id(obj))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__name__ = ReferenceType.__qualname__ = "ReferenceType"
ReferenceType.__module__ = "weakref"
ref = ReferenceType


def proxy(ob, callback=None):
    # Only collections' pure-Python OrderedDict would call this; our OrderedDict is the
    # built-in one, so a proxy is the object itself.
    return ob


ProxyType = CallableProxyType = type(None)


def getweakrefcount(ob):
    return 0


def getweakrefs(ob):
    return []


def _remove_dead_weakref(d, key):
    pass
