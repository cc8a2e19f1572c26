# except* bad input, as CPython 3.11: SyntaxErrors of the compiler, TypeErrors of
# non-exception and group types, and the ExceptionGroup API (constructor errors,
# split/subgroup/derive).
def compile_error(src):
    try:
        compile(src, "f", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

compile_error("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass")
compile_error("try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass")
compile_error("try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass")
compile_error("try:\n    pass\nexcept*:\n    pass")
compile_error("for i in x:\n    try:\n        pass\n    except* ValueError:\n        break")
compile_error("for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue")
compile_error("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1")
compile_error("def f():\n    try:\n        pass\n    except* ValueError:\n        return")
compile_error("try:\n    pass\nexcept* ValueError:\n    break")
compile_error("try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n        continue")
compile_error("try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n    while x:\n        continue")
compile_error("def f():\n    for i in x:\n        try:\n            return 1\n        except* ValueError:\n            pass\n        finally:\n            continue")
compile_error("try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass")
compile_error("try:\n    pass\nexcept *ValueError:\n    pass")


def catch(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print(type(e).__name__ + ":", e)


def bad_type(t):
    def f():
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* t:
            print("caught")
    return f

for t in [int, "ValueError", (ValueError, 3), ExceptionGroup, BaseExceptionGroup,
          (ValueError, ExceptionGroup), None, object]:
    catch(bad_type(t))

# the type is checked even when nothing is left to match
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("V")
    except* 42:
        print("never")
catch(f)

# and when the body raises a naked exception
def f():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
catch(f)

# nothing raised: the clause types are not evaluated
def f():
    try:
        pass
    except* 1 / 0:
        pass
    print("not evaluated")
catch(f)

# the ExceptionGroup constructor
for args in [("m", []), ("m", [1]), ("m", [ValueError(), 1]), (1, [ValueError()]), ("m",),
             ("m", ValueError()), ("m", [ValueError()], 3), ("m", {ValueError()}), ("m", None),
             ("m", [KeyboardInterrupt()])]:
    catch(lambda: print(repr(ExceptionGroup(*args))))
for args in [("m", [KeyboardInterrupt()]), ("m", [ValueError()]), ("m", (KeyboardInterrupt(), ValueError()))]:
    catch(lambda: print(repr(BaseExceptionGroup(*args)), type(BaseExceptionGroup(*args)).__name__))
print(ExceptionGroup("m", (ValueError(),)).args)
print(ExceptionGroup("m", [ValueError(1)]).exceptions)
print(str(ExceptionGroup("m", [ValueError()])), str(ExceptionGroup("two", [ValueError(), TypeError()])))
print(ExceptionGroup.__mro__[0], set(ExceptionGroup.__mro__) == {ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object})
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup[int])

# split, subgroup, derive
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [OSError(3), ValueError(4)])])
print(eg.split(ValueError))
print(eg.split((ValueError, OSError)))
print(eg.split(lambda e: isinstance(e, OSError)))
print(eg.split(KeyError))
print(eg.split(Exception))
print(eg.subgroup(ValueError))
print(eg.subgroup(KeyError))
print(eg.subgroup(BaseExceptionGroup) is eg, eg.subgroup(lambda e: True) is eg)
print(eg.derive([KeyError(1)]), eg.derive([KeyboardInterrupt()]))
for bad in [1, int, (ValueError, 1), [ValueError], len]:
    catch(lambda: eg.split(bad))
    catch(lambda: eg.subgroup(bad))



eg.add_note("n1")
eg.__cause__ = KeyError("c")
m, r = eg.split(TypeError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__, repr(m.__cause__), m.__context__,
      m.__suppress_context__, m.__traceback__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
catch(lambda: BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError))

class MyE(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyE(self.message, excs, self.code)
x = MyE("e", [ValueError(1), TypeError(2)], 42)
a, b = x.split(ValueError)
print(type(a).__name__, a.exceptions, a.code, type(b).__name__, b.exceptions, b.code)

# deep nesting
e = ValueError("leaf")
for i in range(200):
    e = ExceptionGroup("lvl", [e, TypeError(i)])
m, r = e.split(ValueError)
depth = 0
while isinstance(m, BaseExceptionGroup):
    m = m.exceptions[0]
    depth += 1
print(depth, repr(m))
