# inspect.signature as CPython's for every kind of parameter (positional-only, *args,
# keyword-only, **kwargs), defaults and annotations, lambdas, methods (bound, static,
# class), classes (from __init__ / __new__), callables, functools.partial and wraps,
# Signature.bind errors, getfullargspec/getcallargs; non-callables and a builtin without one.
import functools
import inspect


def f(a, /, b, *args, c, d=1, **kw):
    pass


def ann(x: int, y: "str" = "s", *rest: float, flag: bool = False, **opts: dict) -> list:
    pass


def kwonly(*, a, b=2, c):
    pass


def varonly(*args, **kwargs):
    pass


lam = lambda p, q=2, *r, s, **t: None


class C:
    def __init__(self, x, y=0, *extra, z, **kw):
        pass

    def meth(self, a, *args, key=None):
        pass

    @staticmethod
    def st(u, *v):
        pass

    @classmethod
    def cm(cls, w, **opts):
        pass


class N:
    def __new__(cls, n, *rest):
        return super().__new__(cls)


class Call:
    def __call__(self, a, *b, c=3):
        pass


for obj in (f, ann, kwonly, varonly, lam, C, C.meth, C(1, z=2).meth, C.st, C.cm, N, Call(), Call.__call__):
    sig = inspect.signature(obj)
    print(sig, [(p.name, str(p.kind), p.default is p.empty) for p in sig.parameters.values()])

sig = inspect.signature(ann)
print(sig.return_annotation, sig.parameters["x"].annotation, sig.parameters["rest"].annotation)

p = functools.partial(f, 1, c=5)
print(inspect.signature(p))
p2 = functools.partial(C.meth, None, 7)
print(inspect.signature(p2))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(a, b=2, *, c):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))

b = inspect.signature(f).bind(1, 2, 3, 4, c=5, e=6)
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
for args, kwargs in (((), {}), ((1,), {}), ((1, 2), {}), ((1,), {"a": 1, "b": 2, "c": 3}), ((1, 2), {"b": 3, "c": 4})):
    try:
        print(inspect.signature(f).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.signature(kwonly).bind(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(varonly).bind(1, 2, x=3))

print(inspect.isbuiltin(max), inspect.isbuiltin([].append), inspect.isbuiltin(f), isinstance(max, type(len)))
for bad in (iter, max, min, next, getattr, vars, dir, 42, "s", None):
    try:
        print(inspect.signature(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(inspect.getfullargspec(f))
print(inspect.getfullargspec(ann).annotations == {"x": int, "y": "str", "rest": float, "flag": bool, "opts": dict, "return": list})
print(inspect.getcallargs(f, 1, 2, 3, c=4))
print(str(inspect.signature(f).replace(parameters=[])))
