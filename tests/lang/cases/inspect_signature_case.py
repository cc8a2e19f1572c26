# inspect as CPython 3.11's own module: signature() and the predicates user code touches.
import inspect


def f(a, b: int = 2, *args, c, d="x", **kw) -> str:
    "doc"
    return ""


def g(x, /, y):
    pass


async def co():
    pass


def gen():
    yield 1


class C:
    def __init__(self, p, q=1):
        pass

    def m(self, z):
        pass

    @classmethod
    def cm(cls, w):
        pass

    @staticmethod
    def sm(v):
        pass

    @property
    def prop(self):
        return 1


sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation, sig.parameters["b"].default)
print([(p.name, str(p.kind)) for p in sig.parameters.values()])
print(inspect.signature(g), inspect.signature(C), inspect.signature(C.m), inspect.signature(C(0).m))
print(inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(lambda x, *, y=3: 0))
ba = sig.bind(1, c=3)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isclass(C), inspect.isclass(C(0)),
      inspect.ismethod(C(0).m), inspect.ismethod(C.m), inspect.iscoroutinefunction(co),
      inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f),
      inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(f), inspect.isabstract(C))
print([n for n, _ in inspect.getmembers(C) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getdoc(f), inspect.unwrap(f) is f, inspect.Parameter.empty, inspect.Signature.empty)
print(inspect.getmro(C) == C.__mro__, inspect.getfullargspec(f))
params = [inspect.Parameter("a", inspect.Parameter.POSITIONAL_OR_KEYWORD),
          inspect.Parameter("b", inspect.Parameter.KEYWORD_ONLY, default=0)]
print(inspect.Signature(params), inspect.Signature(params).replace(return_annotation=int))
