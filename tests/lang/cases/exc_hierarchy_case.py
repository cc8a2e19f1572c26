# CPython 3.11's built-in exception hierarchy: every class exists with its base.
import builtins

tree = {
    "BaseException": None,
    "BaseExceptionGroup": "BaseException", "GeneratorExit": "BaseException",
    "KeyboardInterrupt": "BaseException", "SystemExit": "BaseException",
    "Exception": "BaseException",
    "ArithmeticError": "Exception", "FloatingPointError": "ArithmeticError",
    "OverflowError": "ArithmeticError", "ZeroDivisionError": "ArithmeticError",
    "AssertionError": "Exception", "AttributeError": "Exception", "BufferError": "Exception",
    "EOFError": "Exception", "ExceptionGroup": "BaseExceptionGroup",
    "ImportError": "Exception", "ModuleNotFoundError": "ImportError",
    "LookupError": "Exception", "IndexError": "LookupError", "KeyError": "LookupError",
    "MemoryError": "Exception", "NameError": "Exception", "UnboundLocalError": "NameError",
    "OSError": "Exception", "BlockingIOError": "OSError", "ChildProcessError": "OSError",
    "ConnectionError": "OSError", "BrokenPipeError": "ConnectionError",
    "ConnectionAbortedError": "ConnectionError", "ConnectionRefusedError": "ConnectionError",
    "ConnectionResetError": "ConnectionError", "FileExistsError": "OSError",
    "FileNotFoundError": "OSError", "InterruptedError": "OSError",
    "IsADirectoryError": "OSError", "NotADirectoryError": "OSError",
    "PermissionError": "OSError", "ProcessLookupError": "OSError", "TimeoutError": "OSError",
    "ReferenceError": "Exception", "RuntimeError": "Exception",
    "NotImplementedError": "RuntimeError", "RecursionError": "RuntimeError",
    "StopAsyncIteration": "Exception", "StopIteration": "Exception",
    "SyntaxError": "Exception", "IndentationError": "SyntaxError", "TabError": "IndentationError",
    "SystemError": "Exception", "TypeError": "Exception", "ValueError": "Exception",
    "UnicodeError": "ValueError", "UnicodeDecodeError": "UnicodeError",
    "UnicodeEncodeError": "UnicodeError", "UnicodeTranslateError": "UnicodeError",
    "Warning": "Exception", "BytesWarning": "Warning", "DeprecationWarning": "Warning",
    "EncodingWarning": "Warning", "FutureWarning": "Warning", "ImportWarning": "Warning",
    "PendingDeprecationWarning": "Warning", "ResourceWarning": "Warning",
    "RuntimeWarning": "Warning", "SyntaxWarning": "Warning", "UnicodeWarning": "Warning",
    "UserWarning": "Warning",
}
for name, base in tree.items():
    cls = getattr(builtins, name)
    ok = cls.__name__ == name and issubclass(cls, BaseException)
    if base is not None:
        ok = ok and issubclass(cls, getattr(builtins, base))
    print(name, ok)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
try:
    raise FileNotFoundError(2, "No such file or directory", "x.txt")
except OSError as e:
    print(type(e).__name__, e)
try:
    raise RecursionError("deep")
except RuntimeError as e:
    print(type(e).__name__, e)
