# functools for the mpsandbox guest: a small CPython-compatible subset.

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
WRAPPER_UPDATES = ("__dict__",)


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*(self.args + args), **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % kv for kv in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


_missing = object()


def reduce(function, iterable, initial=_missing):
    it = iter(iterable)
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            pass
        else:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)

    return decorator


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


def _derived(root, negate, eq):
    def op(a, b):
        r = getattr(a, root)(b)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if eq == "or":
            return r or a == b
        if eq == "and":
            return r and a != b
        return r

    return op


# For each root comparison: the others as (negate the root, then combine with ==/!=).
_ORDERINGS = {
    "__lt__": {"__gt__": (True, "and"), "__le__": (False, "or"), "__ge__": (True, None)},
    "__le__": {"__ge__": (True, "or"), "__lt__": (False, "and"), "__gt__": (True, None)},
    "__gt__": {"__lt__": (True, "and"), "__ge__": (False, "or"), "__le__": (True, None)},
    "__ge__": {"__le__": (True, "or"), "__gt__": (False, "and"), "__lt__": (True, None)},
}


def total_ordering(cls):
    defined = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if op in cls.__dict__]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = defined[0]
    for name, (negate, eq) in _ORDERINGS[root].items():
        if name not in defined:
            setattr(cls, name, _derived(root, negate, eq))
    return cls


from collections import namedtuple as _namedtuple

_CacheInfo = _namedtuple("CacheInfo", ("hits", "misses", "maxsize", "currsize"))
del _namedtuple


class _LruCacheWrapper:
    def __init__(self, func, maxsize, typed):
        from collections import OrderedDict

        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = OrderedDict() if maxsize else {}
        self._hits = 0
        self._misses = 0

    def _key(self, args, kwds):
        key = args
        if kwds:
            key += (_missing,) + tuple(sorted(kwds.items()))
        if self._typed:
            key += tuple(type(a) for a in args)
            if kwds:
                key += tuple(type(v) for _, v in sorted(kwds.items()))
        return key

    def __call__(self, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = self._key(args, kwds)
        cache = self._cache
        try:
            result = cache[key]
        except KeyError:
            pass
        else:
            self._hits += 1
            if self._maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key not in cache:
            cache[key] = result
            if self._maxsize is not None and len(cache) > self._maxsize:
                del cache[next(iter(cache))]
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, bool):
        return _LruCacheWrapper(maxsize, 128, False)
    if maxsize is not None:
        if not isinstance(maxsize, int):
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        if maxsize < 0:
            maxsize = 0

    def decorator(func):
        return _LruCacheWrapper(func, maxsize, typed)

    return decorator


def cache(func):
    return _LruCacheWrapper(func, None, False)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = getattr(func, "__doc__", None)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        setattr(instance, self.attrname, value)
        return value
