# copy for the mpsandbox guest: shallow and deep copies (CPython API).
# Instances are copied through __copy__/__deepcopy__ when defined, else by creating an
# object of the same class without calling __init__ and copying its attributes.


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(Ellipsis), type(NotImplemented))


def _atomic(x):
    if isinstance(x, _ATOMIC) or callable(x) and not hasattr(x, "__dict__"):
        return True
    return False


def _new_like(x):
    cls = type(x)
    try:
        return object.__new__(cls)
    except TypeError:
        raise Error("un(shallow)copyable object of type %s" % cls)


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(x, "__copy__", None)
    if copier is not None:
        return copier()
    if isinstance(x, dict):
        y = _new_like(x)
        y.update(x)
        return y
    if isinstance(x, list):
        y = _new_like(x)
        y.extend(x)
        return y
    if callable(x) and not hasattr(x, "__dict__"):
        return x
    y = _new_like(x)
    state = getattr(x, "__dict__", None)
    if state:
        for k, v in state.items():
            setattr(y, k, v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _ATOMIC):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple whose items are all unchanged is itself.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif callable(x) and not hasattr(x, "__dict__"):
            return x
        else:
            y = _new_like(x)
            memo[d] = y
            if isinstance(x, dict):
                for k, v in x.items():
                    y[deepcopy(k, memo)] = deepcopy(v, memo)
            elif isinstance(x, list):
                for a in x:
                    y.append(deepcopy(a, memo))
            state = getattr(x, "__dict__", None)
            if state:
                for k, v in state.items():
                    setattr(y, k, deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        # Keep x alive while memo is, so that its id is not reused (as CPython does).
        memo.setdefault(id(memo), []).append(x)
    return y
