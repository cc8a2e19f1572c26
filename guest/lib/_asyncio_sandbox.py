# What CPython's asyncio package (guest/stdlib/modules.txt, patched by
# guest/stdlib/patches/03xx-asyncio-*.patch) needs from modules the sandbox does not have,
# and its event loop.
#
# The sandbox has no sockets, subprocesses, signals or threads: the stand-ins below let
# asyncio import, and fail loudly (NotImplementedError naming the missing piece) only
# when a program uses them. The event loop is CPython's BaseEventLoop, whose "selector"
# waits for nothing but the clock: time.sleep until the next timer (the virtual clock in
# deterministic mode, and never past the exec's deadline). When no task can ever run
# again (nothing ready, no timer) CPython would wait forever; here that is an error.
import sys
import time

_WHY = "the sandbox has no sockets, subprocesses, signals or threads"


class _Missing:
    """A module the sandbox lacks: a few constants (used as default arguments by
    asyncio's signatures); any other attribute raises NotImplementedError."""

    def __init__(self, name, **constants):
        self.__name__ = name
        for k, v in constants.items():
            setattr(self, k, v)

    def __getattr__(self, attr):
        if attr.startswith("__") or attr.isupper():
            # a constant the platform lacks (asyncio tests some with hasattr)
            raise AttributeError(attr)
        raise NotImplementedError("asyncio: %s.%s is not supported (%s)" % (self.__name__, attr, _WHY))


socket = _Missing(
    "socket",
    AF_UNSPEC=0, AF_UNIX=1, AF_INET=2, AF_INET6=10, SOCK_STREAM=1, SOCK_DGRAM=2,
    AI_PASSIVE=1, IPPROTO_TCP=6, IPPROTO_UDP=17, SOL_SOCKET=1,
)
subprocess = _Missing("subprocess", PIPE=-1, STDOUT=-2, DEVNULL=-3)


# threading: one thread.
class _Lock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass


class _Thread:
    name = "MainThread"

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("asyncio: threads are not supported (%s)" % _WHY)


_main_thread = object.__new__(_Thread)


class _local:
    pass


threading = _Missing(
    "threading", Lock=_Lock, RLock=_Lock, local=_local, Thread=_Thread,
    get_ident=lambda: 1, current_thread=lambda: _main_thread, main_thread=lambda: _main_thread,
)


# concurrent.futures: no executors; its Future is a type no object has.
class _ConcurrentFuture:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("asyncio: concurrent.futures is not supported (%s)" % _WHY)


class _Executor:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("asyncio: executors (run_in_executor, to_thread) are not supported (%s)" % _WHY)


class _ConcurrentCancelledError(Exception):
    pass


class _ConcurrentInvalidStateError(Exception):
    pass


futures = _Missing(
    "concurrent.futures", Future=_ConcurrentFuture, ThreadPoolExecutor=_Executor,
    FIRST_COMPLETED="FIRST_COMPLETED", FIRST_EXCEPTION="FIRST_EXCEPTION",
    ALL_COMPLETED="ALL_COMPLETED", CancelledError=_ConcurrentCancelledError,
    TimeoutError=TimeoutError, InvalidStateError=_ConcurrentInvalidStateError,
)
concurrent = _Missing("concurrent", futures=futures)


# logging: asyncio's logger writes what logging's last-resort handler would (the message
# and the traceback on stderr); debug and info are not shown (logging's default level).
class _Logger:
    def __init__(self, name):
        self.name = name

    def isEnabledFor(self, level):
        return level >= 30

    def _log(self, level, msg, args, exc_info=None, **kwargs):
        if level < 30:
            return
        if args:
            msg = msg % args
        sys.stderr.write(str(msg) + "\n")
        if exc_info:
            import traceback
            if exc_info is True:
                exc_info = sys.exc_info()
            if isinstance(exc_info, BaseException):
                exc = exc_info
            else:
                exc = exc_info[1]
            if exc is not None:
                traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)

    def debug(self, msg, *args, **kwargs):
        pass

    def info(self, msg, *args, **kwargs):
        pass

    def warning(self, msg, *args, **kwargs):
        self._log(30, msg, args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self._log(40, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self._log(40, msg, args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self._log(50, msg, args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        self._log(level, msg, args, **kwargs)


logger = _Logger("asyncio")
logging = _Missing("logging", DEBUG=10, INFO=20, WARNING=30, ERROR=40, getLogger=_Logger)


# enum: the few Enum classes of asyncio (states); a member has name and value.
class _Member:
    def __init__(self, cls, name, value):
        self._cls = cls
        self.name = name
        self.value = value

    def __repr__(self):
        return "<%s.%s: %r>" % (self._cls, self.name, self.value)

    def __str__(self):
        return "%s.%s" % (self._cls, self.name)


_auto_count = [0]


def _auto():
    _auto_count[0] += 1
    return _auto_count[0]


def _enum_members(cls):
    for name in list(cls.__dict__):
        if not name.startswith("_"):
            setattr(cls, name, _Member(cls.__name__, name, cls.__dict__[name]))
    return cls


class _Enum:
    pass


enum = _Missing("enum", Enum=_Enum, auto=_auto, members=_enum_members)


# inspect: what asyncio asks of it.
def _unwrap(func):
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    return func


def _code_flags(f):
    while True:
        if hasattr(f, "__func__"):
            f = f.__func__
        elif hasattr(f, "func") and hasattr(f, "args") and hasattr(f, "keywords"):
            f = f.func  # functools.partial
        else:
            break
    code = getattr(f, "__code__", None)
    if code is None or not _isfunction(f):
        return 0
    return code.co_flags


_FunctionType = type(_unwrap)


def _isfunction(f):
    return isinstance(f, _FunctionType) or type(f) is _AsyncFunctionType or type(f) is _GeneratorFunctionType


async def _async_fn():
    pass


def _gen_fn():
    yield


_AsyncFunctionType = type(_async_fn)
_GeneratorFunctionType = type(_gen_fn)
_c = _async_fn()
_CoroutineType = type(_c)
_c.close()
del _c
_GeneratorType = type(_gen_fn())


def _iscoroutinefunction(f):
    return bool(_code_flags(f) & 0x80)


def _isawaitable(obj):
    if isinstance(obj, _CoroutineType):
        return True
    t = type(obj)
    return hasattr(t, "__await__")


inspect = _Missing(
    "inspect", unwrap=_unwrap, isfunction=_isfunction, iscoroutinefunction=_iscoroutinefunction,
    isgenerator=lambda o: isinstance(o, _GeneratorType), isawaitable=_isawaitable,
    iscoroutine=lambda o: isinstance(o, _CoroutineType),
)


# types and typing: what asyncio's modules import.
class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                return a.__name__ if a.__module__ == "builtins" else "%s.%s" % (a.__module__, a.__qualname__)
            return repr(a)
        return "%s[%s]" % (name(self.__origin__), ", ".join(name(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def final(cls):
    return cls


# The event loop.
# loop.time(): time.monotonic, or the nanosecond clock where the time module has no
# monotonic (both are the virtual clock in deterministic mode)
_monotonic = getattr(time, "monotonic", None)


def _clock():
    if _monotonic is not None:
        return _monotonic()
    return time.time_ns() * 1e-9


class _ClockSelector:
    """The loop's selector: no file descriptors, only the clock."""

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError(
                "asyncio: the event loop has nothing to wait for: every task is waiting and "
                "no timer is due (CPython would wait forever; the sandbox has no I/O, "
                "signals or threads that could wake it)")
        if timeout > 0:
            # in whole milliseconds, rounded up, as CPython's epoll selector: timers due
            # within the same millisecond run in the same loop iteration
            time.sleep(-(-timeout * 1000 // 1) / 1000)
        return []

    def close(self):
        pass

    def get_map(self):
        return {}


def _make_loop_classes():
    from asyncio import base_events, events

    class SandboxEventLoop(base_events.BaseEventLoop):
        """asyncio's event loop in the sandbox: timers and callbacks only."""

        def __init__(self):
            super().__init__()
            self._selector = _ClockSelector()

        def _process_events(self, event_list):
            pass

        def _write_to_self(self):
            pass

        def close(self):
            if self.is_running():
                raise RuntimeError("Cannot close a running event loop")
            if self.is_closed():
                return
            super().close()

        def add_signal_handler(self, sig, callback, *args):
            raise NotImplementedError("asyncio: signal handlers are not supported (%s)" % _WHY)

        def remove_signal_handler(self, sig):
            raise NotImplementedError("asyncio: signal handlers are not supported (%s)" % _WHY)

    class SandboxEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
        _loop_factory = SandboxEventLoop

    return SandboxEventLoop, SandboxEventLoopPolicy


class _Annotation:
    """typing.Optional, typing.Type, types.TracebackType in annotations."""

    def __getitem__(self, item):
        return self


Optional = Type = TracebackType = _Annotation()
