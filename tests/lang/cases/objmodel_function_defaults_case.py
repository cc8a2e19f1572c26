# __defaults__ of another length, function.__get__, types.MethodType
def f(a, b, c=3): return (a, b, c)
f.__defaults__ = (10, 20)
print(f(1), f(1, 2), f(1, 2, 3), f.__defaults__, f(a=5), f(1, c=7))
f.__defaults__ = None
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print('TypeError')  # (MicroPython's message counts the arguments differently)
f.__defaults__ = (1, 2, 3, 4, 5)
print(f(), f.__defaults__)
g = lambda x, y: (x, y)
g.__defaults__ = (0,)
print(g(1), g.__defaults__)
def k(a, *, b=1, **kw): return a, b, kw
k.__defaults__ = (9,)
print(k(), k(b=3, z=1), k.__kwdefaults__)
import collections
P = collections.namedtuple('P', 'a b c', defaults=[0, 9])
print(P(1), P(1, 2), P(a=3), P.__new__.__defaults__, P._field_defaults)
def outer():
    z = 5
    def inner(self, q=1): return z + q
    return inner
i = outer()
class C: pass
print(i.__get__(C())(), i.__get__(None, C) is i)
import types
class CM:
    def __exit__(self, *a): return 'x'
m = types.MethodType(CM.__exit__, CM())
print(m(1, 2, 3), type(m).__name__, m.__self__ is not None)
for bad in ((1, 2), (len, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print('TypeError', e)
