# The built-in exception hierarchy through __subclasses__ and __bases__
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
               "NotImplementedError", "NameError", "UnboundLocalError", "Exception",
               "StopIteration", "AssertionError", "TypeError", "AttributeError", "ImportError",
               "ModuleNotFoundError", "UnicodeEncodeError"}
print("\n".join(tree(Exception, interesting)))
print(sorted(c.__name__ for c in BaseException.__subclasses__() if c.__module__ == "builtins"
             and c.__name__ in {"Exception", "KeyboardInterrupt", "SystemExit", "GeneratorExit"}))
print(sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
names = [c.__name__ for c in OSError.__subclasses__()]
print(len(names) == len(set(names)), "FileNotFoundError" in names, "IOError" in names)


class MyError(ValueError):
    pass


class Sub(MyError):
    pass


print([c.__name__ for c in MyError.__subclasses__()], Sub.__subclasses__())
print(bool.__subclasses__(), KeyError.__subclasses__())
