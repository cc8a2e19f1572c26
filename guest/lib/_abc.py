# _abc for the mpsandbox guest: the functions CPython's abc.py takes from its C module
# _abc (Modules/_abc.c), with the same behaviour, so that abc.ABCMeta is CPython's own
# class. Without it abc falls back to _py_abc, whose registries are WeakSets of weak
# references made in Python: every isinstance() against an ABC then allocated and
# hashed reference objects, and importing collections.abc cost five times more.
# The registries here are plain sets: MicroPython has no weak references, and a class in
# a sandbox session lives as long as the session (the caches hold classes only).

# CPython's _abc is C: its functions have no frames. sys._getframe skips this module's
# (guest/patches/0207), so that typing's _allow_reckless_class_checks, which counts the
# frames from a protocol's __subclasshook__ up to its caller, finds the caller's module.
__mpsbx_c_module__ = True

__all__ = ["get_cache_token", "_abc_init", "_abc_register", "_abc_instancecheck",
           "_abc_subclasscheck", "_get_dump", "_reset_registry", "_reset_caches"]

# Bumped by every register(): negative caches older than it are stale.
_invalidation_counter = 0


class _abc_data:
    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation_counter


def get_cache_token():
    return _invalidation_counter


def _impl(cls):
    try:
        impl = cls.__dict__["_abc_impl"]
    except KeyError:
        impl = None
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _abc_init(cls):
    abstracts = set()
    ns = cls.__dict__
    for name, value in ns.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_impl = _abc_data()
    if "__abc_tpflags__" in ns:
        # collections.abc marks Sequence and Mapping for the match statement; CPython
        # keeps the flags in the type object and removes the name
        try:
            delattr(cls, "__abc_tpflags__")
        except (AttributeError, TypeError):
            pass


def _abc_register(cls, subclass):
    global _invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass  # already a subclass
    # a cycle is tested after "already a subclass", so X.register(X) is a no-op
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _impl(cls).registry.add(subclass)
    _invalidation_counter += 1
    return subclass


def _abc_instancecheck(cls, instance):
    impl = _impl(cls)
    subclass = instance.__class__
    if subclass in impl.cache:
        return True
    subtype = type(instance)
    if subtype is subclass:
        if impl.negative_cache_version == _invalidation_counter and subclass in impl.negative_cache:
            return False
        return cls.__subclasscheck__(subclass)
    return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    impl = _impl(cls)
    if subclass in impl.cache:
        return True
    if impl.negative_cache_version < _invalidation_counter:
        impl.negative_cache = set()
        impl.negative_cache_version = _invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        if ok is not True and ok is not False:
            raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
        if ok:
            impl.cache.add(subclass)
        else:
            impl.negative_cache.add(subclass)
        return ok
    if cls in getattr(subclass, "__mro__", ()):
        impl.cache.add(subclass)
        return True
    for rcls in impl.registry:
        if issubclass(subclass, rcls):
            impl.cache.add(subclass)
            return True
    subclasses = cls.__subclasses__()
    for scls in subclasses:
        if issubclass(subclass, scls):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False


def _get_dump(cls):
    impl = _impl(cls)
    return (set(impl.registry), set(impl.cache), set(impl.negative_cache),
            impl.negative_cache_version)


def _reset_registry(cls):
    _impl(cls).registry.clear()


def _reset_caches(cls):
    impl = _impl(cls)
    impl.cache.clear()
    impl.negative_cache.clear()
