# Callable objects have __call__ (functions, lambdas, closures, bound methods, built-ins,
# classes); plain instances do not. object.__ne__ finds __eq__ on the type, not through
# the instance's __getattr__ (as unittest.mock's call objects rely on).


def f(x):
    return x * 2


def outer():
    y = 3

    def inner(x):
        return x + y
    return inner


class A:
    def m(self, v):
        return ("m", v)


for obj in (f, lambda: 0, outer(), A().m, len, [].append, A, int):
    print(getattr(obj, "__call__", None) is not None, callable(obj))
print(f.__call__(21), outer().__call__(1), A().m.__call__(5), len.__call__([1, 2]), type(A.__call__()).__name__)
lst = []
lst.append.__call__(7)
print(lst)
print(hasattr(A(), "__call__"), getattr(object(), "__call__", "none"))
try:
    A().__call__
except AttributeError as e:
    print("AttributeError", e)


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Loose) and self.v == other.v

    def __getattr__(self, name):
        return lambda *a: "from __getattr__"

    __ne__ = object.__ne__


class T(tuple):
    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __getattribute__(self, name):
        if name in tuple.__dict__:
            raise AttributeError(name)
        return tuple.__getattribute__(self, name)

    def __getattr__(self, name):
        return "attr:" + name

    __ne__ = object.__ne__


print(Loose(1) != Loose(1), Loose(1) != Loose(2), Loose(1) != 3)
t = T((1, 2))
t.extra = "kept"
print(t != T((1, 2)), t != T((2,)), t.extra, t.missing, object.__ne__(t, (1, 2)))
