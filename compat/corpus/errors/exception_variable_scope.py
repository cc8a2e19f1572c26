# The 'as' name is deleted after an except block; keeping a reference and sys.exc_info() behaviour
import sys

try:
    int("not a number")
except ValueError as err:
    print("inside:", err)
    print("exc_info inside:", sys.exc_info()[0].__name__)

try:
    print(err)
except NameError as e:
    print("after block:", e)

saved = None
try:
    [].pop()
except IndexError as err:
    saved = err
print("saved reference survives:", repr(saved), saved.__traceback__ is not None)
print("exc_info outside:", sys.exc_info())

err = "pre-existing value"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("shadowed name gone:", "err" in globals())


def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        return sys.exc_info()[1]


e = handler()
print("returned from handler:", repr(e), type(e).__name__)


def nested_exc_info():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            print("  innermost active:", sys.exc_info()[1])
        print("  back to outer:", repr(sys.exc_info()[1]), repr(sys.exception()))


nested_exc_info()
for i in range(2):
    try:
        raise RuntimeError(f"iteration {i}")
    except RuntimeError as loop_err:
        last = loop_err
print(last, "loop_err" in dir())
