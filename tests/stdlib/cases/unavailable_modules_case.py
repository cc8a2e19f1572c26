for name in ("subprocess", "socket", "ssl", "ctypes", "signal", "select", "multiprocessing",
             "sqlite3", "fcntl", "mmap", "no_such_module_at_all"):
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
try:
    import socket
except ImportError as e:
    print("fallback:", isinstance(e, ModuleNotFoundError))
