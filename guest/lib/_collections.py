# _collections for the mpsandbox guest: the C accelerator CPython's collections package
# imports. deque and OrderedDict are MicroPython's built-in types (C, guest/patches/0010
# and 0011), reached through `ucollections`, the name that always means the built-in
# module; defaultdict is written here, in Python, as CPython's C type behaves (the
# interpreter calls __missing__ for a key a dict subclass lacks, guest/patches/0090).
from ucollections import deque, OrderedDict


_tuple_getitem = tuple.__getitem__


class _tuplegetter:
    """The field descriptors of collections.namedtuple classes, as CPython's C type: a
read-only data descriptor for one item of a tuple ("can't set attribute")."""

    __slots__ = ("_index", "__doc__")

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if not isinstance(obj, tuple):
            raise TypeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object"
                            % (self._index, type(obj).__name__))
        return _tuple_getitem(obj, self._index)

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)

    def __repr__(self):
        return "%s(%d, %r)" % (type(self).__name__, self._index, self.__doc__)


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    __slots__ = ("default_factory",)

    def __init__(self, *args, **kwargs):
        if args:
            default_factory = args[0]
            args = args[1:]
            if default_factory is not None and not callable(default_factory):
                raise TypeError("first argument must be callable or None")
        else:
            default_factory = None
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = "None"
        else:
            # A factory that refers back to this defaultdict shows as "...".
            if _repr_running.get(id(self)):
                frepr = "..."
            else:
                _repr_running[id(self)] = True
                try:
                    frepr = repr(factory)
                finally:
                    del _repr_running[id(self)]
        return "%s(%s, %s)" % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


defaultdict.__module__ = "collections"
_repr_running = {}
