"""Module docstring."""
# Docstrings: a def whose body starts with a string literal has it as __doc__ (before
# decorators see the function), methods, generators, async functions, properties;
# anything else (lambda, no docstring, f-string, bytes, a later string) is None.
import functools


def plain():
    """Return nothing.

    A longer description, over several lines: it is kept as written.
    """
    return None


def one_line(): "one line"


def concat():
    "a" "b"  # adjacent literals are one docstring
    return 1


def long_doc():
    """xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"""


def no_doc():
    x = "not a docstring"
    return x


def bytes_first():
    b"bytes are no docstring"


def fstring_first():
    f"{1} is no docstring"


def gen():
    "a generator"
    yield 1


async def coro():
    "a coroutine function"


def seen_by_decorator(f):
    print("decorator sees", repr(f.__doc__))
    return f


@seen_by_decorator
def decorated():
    "decorated doc"


def wrapper_maker(f):
    @functools.wraps(f)
    def wrapper(*args):
        "the wrapper's own doc"
        return f(*args)
    return wrapper


@wrapper_maker
def wrapped():
    "wrapped doc"


def outer():
    def inner():
        "inner doc"
    return inner


class Klass:
    "class doc"

    def method(self):
        "method doc"

    @staticmethod
    def smethod():
        "static doc"

    @classmethod
    def cmethod(cls):
        "class method doc"

    @property
    def prop(self):
        "property doc"
        return 1


for f in (plain, one_line, concat, long_doc, no_doc, bytes_first, fstring_first, gen, coro, decorated, wrapped,
          outer(), lambda: "x", Klass.method, Klass().method, Klass.smethod, Klass.cmethod):
    print(f.__name__, repr(f.__doc__))
print(Klass.__doc__, Klass.prop.__doc__, __doc__, wrapped.__wrapped__.__doc__)
print(plain() is None, concat(), list(gen()), one_line())
plain.__doc__ = "replaced"
print(plain.__doc__)
del plain.__doc__
print(plain.__doc__)
