# __context__, __cause__, __suppress_context__ and sys.exc_info(), as CPython sets them.
import sys


def show(e):
    ctx = e.__context__
    cause = e.__cause__
    print(type(e).__name__, "context:", repr(ctx), "cause:", repr(cause),
          "suppress:", e.__suppress_context__)


try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("r") from z
except RuntimeError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("quiet") from None
except RuntimeError as e:
    show(e)

# an error inside a called function while handling
def helper():
    return int("x")

try:
    try:
        [][0]
    except IndexError:
        helper()
except ValueError as e:
    show(e)

# finally entered by an exception chains too
try:
    try:
        raise TypeError("t")
    finally:
        raise OSError("o")
except OSError as e:
    show(e)

# no handler active: no context
try:
    raise ValueError("alone")
except ValueError as e:
    show(e)

# the handled exception after a handler ends is the outer one again
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        print("inner handled", sys.exc_info()[0].__name__)
    print("back to", sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print("after", sys.exc_info())

# bare raise re-raises the handled exception, also from a called function
def reraise():
    raise

try:
    try:
        raise LookupError("again")
    except LookupError:
        reraise()
except LookupError as e:
    print("reraised", repr(e), e.__context__)

try:
    raise
except RuntimeError as e:
    print(repr(e))

# raise from a class and an instance; cause must be an exception
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)

# assigning the chaining attributes
e = ValueError("a")
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = None
e.__suppress_context__ = True
print(e.__context__, e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)

# a raise in an except block of a generator
def gen():
    try:
        yield 1
        raise KeyError("g")
    except KeyError:
        yield sys.exc_info()[0].__name__
        raise ValueError("from gen")

g = gen()
print(next(g), next(g), sys.exc_info())
try:
    next(g)
except ValueError as e:
    show(e)

# re-raising a stored exception sets the new context
saved = None
try:
    raise KeyError("first")
except KeyError as k:
    saved = k
try:
    try:
        raise IndexError("second")
    except IndexError:
        raise saved
except KeyError as e:
    show(e)

# with-statement __exit__ sees the exception
class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__, repr(sys.exc_info()[1]))
        return True

with CM():
    raise ValueError("in with")
print("done", sys.exc_info())

# the traceback of a caught exception
def fail():
    raise ValueError("tb")

try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("frames", n, e.__traceback__.tb_frame.f_code.co_name, sys.exc_info()[2] is not None)
