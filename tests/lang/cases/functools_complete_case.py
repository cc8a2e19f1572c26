# functools as CPython 3.11's own module.
import functools
from functools import (cache, cached_property, cmp_to_key, lru_cache, partial, partialmethod,
                       reduce, singledispatch, singledispatchmethod, total_ordering, wraps)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)


@lru_cache(maxsize=2)
def sq(x):
    return x * x


for v in (1, 2, 1, 3, 2, 1):
    sq(v)
print(sq.cache_info(), sq.cache_parameters())


@lru_cache
def typed_default(x):
    return type(x).__name__


print(typed_default(1), typed_default(1.0), typed_default.cache_info())


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(30), fact.cache_info())


def log(func):
    @wraps(func)
    def wrapper(*a, **k):
        "wrapper doc"
        return func(*a, **k)
    return wrapper


@log
def greet(name):
    "Say hi."
    return "hi " + name


print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)
p = partial(int, base=2)
print(p("101"), p.func, p.args, p.keywords, repr(partial(max, 1, 2))[:20])
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), partial(add3, 10)(), partial(partial(pow, 2), 10)())
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return "V(%d)" % self.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)]))
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))


class Data:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    @cached_property
    def total(self):
        self.calls += 1
        return sum(range(self.n))


d = Data(10)
print(d.total, d.total, d.calls, "total" in d.__dict__)
del d.total
print(d.total, d.calls)


@singledispatch
def show(x):
    return "obj %r" % (x,)


@show.register
def _(x: int):
    return "int %d" % x


@show.register(list)
def _(x):
    return "list of %d" % len(x)


print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(float).__name__, sorted(k.__name__ for k in show.registry))


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = state

    set_alive = partialmethod(set_state, True)

    @singledispatchmethod
    def feed(self, arg):
        return "generic"

    @feed.register
    def _(self, arg: int):
        return "int"


c = Cell()
c.set_alive()
print(c._alive, c.feed(1), c.feed("x"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
