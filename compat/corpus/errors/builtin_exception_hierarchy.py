# Exploring the built-in exception hierarchy and catching via base classes like LookupError
import builtins


def tree(cls, names, indent=0, out=None):
    out = [] if out is None else out
    out.append("  " * indent + cls.__name__)
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        if sub.__name__ in names and sub.__module__ == "builtins":
            tree(sub, names, indent + 1, out)
    return out


interesting = {"ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "KeyError",
               "IndexError", "ValueError", "UnicodeError", "UnicodeDecodeError", "OSError",
               "FileNotFoundError", "PermissionError", "RuntimeError", "RecursionError",
               "NotImplementedError", "NameError", "UnboundLocalError", "Exception"}
print("\n".join(tree(Exception, interesting)))

for name in ["KeyboardInterrupt", "SystemExit", "GeneratorExit", "StopIteration", "Warning"]:
    cls = getattr(builtins, name)
    print(f"{name:<18} Exception subclass: {issubclass(cls, Exception)!s:<5} base: {cls.__bases__[0].__name__}")

for trigger in (lambda: {}["x"], lambda: [][1], lambda: 1 / 0, lambda: 2.0 ** 10000):
    try:
        trigger()
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__, "-", e)

try:
    raise SystemExit(2)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)

count = sum(1 for n in dir(builtins) if isinstance(getattr(builtins, n), type)
            and issubclass(getattr(builtins, n), BaseException))
print("builtin exception classes:", count > 60)
print(ZeroDivisionError.__mro__)
