# Code objects as CPython's: co_varnames holds the parameters in CPython's order
# (positional incl. positional-only, keyword-only, *args, **kwargs), the counts, co_nlocals,
# co_flags (VARARGS, VARKEYWORDS, NESTED, GENERATOR, COROUTINE, ASYNC_GENERATOR), co_names.


def show(f):
    c = f.__code__
    print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_varnames[:c.co_argcount + c.co_kwonlyargcount + bool(c.co_flags & 4) + bool(c.co_flags & 8)],
          hex(c.co_flags & 0x3bf))


def f(a, /, b, *args, c, d=1, **kw):
    return a


def g(*args):
    pass


def h(**kwargs):
    pass


def k(x, *, y):
    pass


def star_kw(*, only):
    pass


def empty():
    pass


def gen(n, *rest):
    yield n


async def coro(a, **opts):
    pass


async def agen(*items):
    yield 1


lam = lambda p, *q, r=0, **s: 0

for fn in (f, g, h, k, star_kw, empty, gen, coro, agen, lam):
    show(fn)


def outer(v):
    def inner(w, *more):
        return v + w

    def plain(z, **extra):
        return z
    return inner, plain


for fn in outer(1):
    show(fn)
    print(fn.__code__.co_freevars)


class C:
    def m(self, a, *args, key=None, **kw):
        return a

    @staticmethod
    def s(*a):
        pass

    @classmethod
    def cm(cls, **k):
        pass


show(C.m)
show(C().m.__func__)
show(C.s)
show(C.cm.__func__)

# the *args and **kwargs names do not become keywords a call can pass
try:
    g(args=1)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, c=3, args=4)
    print("args as keyword goes to **kw:", f.__code__.co_varnames[-1])
except TypeError as e:
    print("TypeError", e)
print(f(1, 2, 3, 4, c=5, e=6))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError", e)

# co_names: the global and attribute names used, in order of first use


def uses():
    import os.path as p
    x = len(data)
    y = obj.attr.other
    obj.store = x
    print(f"{x} {y!r}")
    return str(p) + y.format()


data = obj = None
print(uses.__code__.co_names)
print(empty.__code__.co_names, f.__code__.co_names, C.m.__code__.co_names)


def glob():
    global counter
    counter = 1
    del counter
    return max(min(1, 2), 3)


print(glob.__code__.co_names)


def loops(items):
    for i in items:
        if i:
            try:
                total.append(i)
            except ValueError:
                raise KeyError
            finally:
                sys.stdout
    while items:
        items.pop()
    return sorted(items)


print(loops.__code__.co_names)
print(compile("a = b + c.d\nimport os\n", "<s>", "exec").co_names)
