# Function attributes: __dict__ and arbitrary attributes, __name__/__qualname__/__module__/
# __doc__ assignment, __defaults__/__kwdefaults__, __code__ basics, bound methods
# (__self__, __func__), built-in functions' names, closures, functools.wraps.
import functools


def f(a, b=2, c=3):
    return a + b + c


f.calls = 0
f.calls += 1
print(f.calls, f.__dict__, f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__kwdefaults__)
f.__dict__["extra"] = 1
print(f.extra, sorted(f.__dict__), hasattr(f, "nope"), getattr(f, "nope", "dflt"))
del f.extra
print(sorted(f.__dict__))
try:
    del f.extra
except AttributeError as e:
    print("AttributeError", e)
try:
    f.nope
except AttributeError as e:
    print("AttributeError", e)

f.__name__ = "renamed"
f.__qualname__ = "q.renamed"
f.__doc__ = "new doc"
f.__module__ = "elsewhere"
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f(1))
for attr, value in [("__name__", 5), ("__qualname__", None), ("__dict__", 3), ("__defaults__", 1), ("__annotations__", 2)]:
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print("TypeError", e)
f.__defaults__ = (10, 20)
print(f(1), f.__defaults__)
f.__dict__ = {"fresh": True}
print(f.fresh, f.__dict__)


def g():
    pass


print(g.__defaults__, g.__kwdefaults__, g.__doc__, g.__code__.co_argcount, g.__code__.co_varnames, g.__code__.co_name)


def kw(a, *, b=1, c):
    return (a, b, c)


print(kw.__kwdefaults__, kw.__code__.co_kwonlyargcount, kw.__code__.co_argcount, kw(0, c=2))
kw.__kwdefaults__ = {"b": 5, "c": 6}
print(kw(0))

co = f.__code__
print(co.co_name, co.co_argcount, co.co_varnames, co.co_posonlyargcount, co.co_flags & 0x0F)


def star(*args, **kwargs):
    pass


def gen():
    yield 1


print(star.__code__.co_flags & 0x0F, bool(gen.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
lam = lambda x, y=1: x
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam.__code__.co_argcount)


def outer():
    v = 1

    def inner(z):
        return v + z

    return inner


inn = outer()
inn.tag = "t"
print(inn.__name__, inn.__code__.co_argcount, inn.__code__.co_varnames, inn.__closure__ is not None, inn.tag, inn(2))
print(outer().__dict__, hasattr(outer(), "tag"))


class C:
    def m(self, x):
        return x

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    class Inner:
        def deep(self):
            pass


c = C()
bm = c.m
print(bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__qualname__, C.cm.__self__ is C, C.cm.__name__)
print(C.m.__qualname__, C.cm.__qualname__, C.sm.__qualname__, C.Inner.deep.__qualname__, C.__dict__["sm"].__name__)
print(bm == c.m, bm != C().m, hash(bm) == hash(c.m), bm(5))
try:
    bm.attr = 1
except AttributeError as e:
    print("AttributeError", e)

# built-in functions and methods
print(len.__name__, len.__qualname__, len.__module__, print.__name__, [].append.__name__, [].append.__qualname__)
print(type([].append.__self__).__name__, type(f).__name__, type(bm).__name__, type(len).__name__, type([].append).__name__)
import math
print(math.sqrt.__name__, math.sqrt.__module__, repr(len), repr(math.sqrt))


# functools.wraps copies the names and __dict__, and sets __wrapped__
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.count += 1
        return fn(*a, **k)

    wrapper.count = 0
    return wrapper


@deco
def target(x):
    return x * 2


target.__dict__["tag"] = "copied?"
print(target.__name__, target.__qualname__, target.__wrapped__.__name__, target(3), target(4), target.count, target.__module__)


def attrs_src():
    pass


attrs_src.flag = 1
wrapped = functools.wraps(attrs_src)(lambda: None)
print(wrapped.__name__, wrapped.flag, wrapped.__wrapped__ is attrs_src)

import types

print(isinstance(f, types.FunctionType), isinstance(bm, types.MethodType), isinstance(len, types.BuiltinFunctionType),
      isinstance(inn, types.FunctionType), isinstance(lam, types.LambdaType))


def h():
    return a_global


fh = type(h)(h.__code__, {"a_global": 42})
print(fh(), fh.__name__)
try:
    type(h)(5, {})
except TypeError as e:
    print("TypeError", e)
