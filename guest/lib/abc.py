# abc for the mpsandbox guest: ABC and abstractmethod. MicroPython functions carry no
# attributes and metaclasses are limited, so abstract methods are remembered in a set and
# checked when an ABC subclass is instantiated. ABCMeta is `type`; register() records
# nothing (isinstance does not consult it).

_abstract = set()
_cache = {}


def abstractmethod(funcobj):
    _abstract.add(funcobj)
    return funcobj


def _abstract_names(cls):
    names = _cache.get(cls)
    if names is None:
        names = []
        for name in dir(cls):
            try:
                value = getattr(cls, name)
            except AttributeError:
                continue
            if isinstance(value, property):
                value = value.fget
            try:
                if value in _abstract:
                    names.append(name)
            except TypeError:  # unhashable
                pass
        names = tuple(sorted(names))
        _cache[cls] = names
    return names


class ABCMeta(type):
    pass


class ABC:
    def __new__(cls, *args, **kwargs):
        names = _abstract_names(cls)
        if names:
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names))
            )
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        return subclass


def get_cache_token():
    return 0
