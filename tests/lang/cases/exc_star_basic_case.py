# try/except* (PEP 654) as CPython 3.11: each clause takes its part of the group via
# split(), the rest and what the handlers raise are re-raised together at the end.
import sys


def show(eg, indent=""):
    # a group's structure, without addresses
    if isinstance(eg, BaseExceptionGroup):
        print(indent + "%s(%r) [%d]" % (type(eg).__name__, eg.message, len(eg.exceptions)))
        for e in eg.exceptions:
            show(e, indent + "  ")
    else:
        print(indent + repr(eg))


def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:", type(e).__name__)
        show(e, "  ")


# several clauses, each taking its part; the nesting is kept
def f1():
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2),
                                       ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    except* ValueError as e:
        print("ValueError part:")
        show(e, "  ")
        print("exc_info is e:", sys.exc_info()[1] is e, sys.exception() is e if hasattr(sys, "exception") else True)
    except* (TypeError, KeyError) as e:
        print("Type/Key part:")
        show(e, "  ")
    print("after", "e" in dir())
run(f1)


# partial match: the rest escapes with the original structure
def f2():
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2), ExceptionGroup("h", [OSError(3), ZeroDivisionError()])])
    except* ValueError:
        print("handled ValueError")
    except* ZeroDivisionError as z:
        show(z, "  zd: ")
run(f2)


# a naked exception is wrapped for matching
def f3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print(type(e).__name__, repr(e.message), e.exceptions)
run(f3)

# a naked exception no clause matches escapes unwrapped
def f4():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
run(f4)

# a bare raise in the handler re-raises the matched part; a naked one comes back wrapped
def f5():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run(f5)

def f6():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass
run(f6)

# raising in handlers: a new group holds what was raised, then the re-raised/unhandled part
def f7():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        raise KeyError("from handler")
    except* TypeError:
        raise
run(f7)

def f7b():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("one")
    except* TypeError as e:
        raise RuntimeError("two") from e
run(f7b)

try:
    f7()
except ExceptionGroup as eg:
    k = eg.exceptions[0]
    print("context of raised:", repr(k.__context__), k.__context__.__traceback__ is not None)
    rest = eg.exceptions[1]
    print("rest suppress_context:", rest.__suppress_context__, rest.__traceback__ is not None)
    print("new group traceback:", eg.__traceback__ is not None, eg.__context__, eg.__cause__)

# `raise e` is a new raise (a new traceback entry): the part is nested in a new group
def f8():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
run(f8)

# else and finally
def f9(fail):
    try:
        if fail:
            raise ExceptionGroup("g", [ValueError(1)])
        print("body ok")
    except* ValueError:
        print("handled")
    else:
        print("else")
    finally:
        print("finally")
    return "done"
print(f9(False), f9(True))

def f10():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
    else:
        print("else not run")
    finally:
        print("finally runs before the rest escapes")
run(f10)

# every clause sees what the earlier ones left; a clause that matches nothing is skipped
def f11():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("V")
    except* ValueError:
        print("not again")
    except* Exception:
        print("nothing left")
run(f11)

# except* Exception takes everything, BaseExceptionGroup too
def f12():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* Exception as e:
        show(e, "  exc: ")
    except* BaseException as e:
        show(e, "  base: ")
run(f12)

# the name is unbound after the clause
def f13():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("NameError", e)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
f13()

# nested try/except* inside a handler, loops with break inside a handler
def f14():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        for i in range(3):
            if i == 1:
                break
            try:
                raise ExceptionGroup("in", [KeyError(i)])
            except* KeyError as k:
                print("inner", k.exceptions, sys.exc_info()[1] is k)
            print("exc_info back to outer part:", sys.exc_info()[1] is e)
    except* TypeError:
        print("T")
run(f14)

# exceptions from a handler keep flowing in a generator
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield "in handler"
        yield sys.exc_info()[1].exceptions
    except* TypeError:
        yield "T"
print(list(gen()))

# a custom group type: split() uses derive()
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+", excs)

def f15():
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show(e, "  ")
run(f15)

# notes travel with the parts
def f16():
    try:
        eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
        eg.add_note("a note")
        raise eg
    except* ValueError as e:
        print(e.__notes__)
try:
    f16()
except ExceptionGroup as e:
    print("rest notes", e.__notes__)

# return/break in the try body and the finally, around except*
def f17():
    for i in range(3):
        try:
            if i == 1:
                break
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            print("caught", e.exceptions)
        finally:
            print("finally", i)
    return "end"
print(f17())

def f18():
    try:
        return "from body"
    except* ValueError:
        pass
    finally:
        print("finally on return")
print(f18())
