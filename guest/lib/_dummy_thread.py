# _dummy_thread for the mpsandbox guest: CPython's low-level threading API (_thread) for a
# session that has exactly one thread, under the name CPython 3.8 and earlier gave such a
# module: `import _thread` stays an ImportError (the sandbox has no threads,
# tests/security), and the CPython modules that need a lock or get_ident (threading,
# functools, reprlib, dataclasses; guest/stdlib/patches/0108, 0586) import this instead.
#
# threading is CPython's own threading.py over this module rather than a module of ours:
# Condition, Semaphore, Event, Barrier, Timer and Thread are pure Python there, written
# against exactly this API, so they keep CPython's semantics, reprs and error messages
# ("threads can only be started once", "cannot join thread before it is started", ...)
# for free; only the primitives below know that there is one thread. Their locks are the
# only lock implementation of the guest (logging's and queue's locks are these too).
#
# Locks and re-entrant locks keep CPython's semantics (acquire, release, argument checks,
# timeouts, errors, reprs). A blocking acquire that only another thread could end (the lock
# is held and there is no timeout: in CPython a deadlock of the one thread) raises
# RuntimeError instead of hanging the session; with a timeout it waits that long (as
# CPython does) and returns False. Starting a thread raises CPython's RuntimeError("can't
# start new thread"), its error when the system cannot start one.

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_IDENT = 1  # the one thread's identifier (CPython's is an address-like number)


def get_ident():
    return _IDENT


def get_native_id():
    return _IDENT


def _count():
    return 0


_stack_size = 0


def stack_size(size=0):
    size = _index(size)
    global _stack_size
    if size < 0:
        raise ValueError("size must be 0 or a positive value")
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old = _stack_size
    _stack_size = size
    return old


def daemon_threads_allowed():
    return True


def start_new_thread(function, args, kwargs=None):
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def _index(v):
    # CPython's "i"/"n" argument conversion: ints and objects with __index__
    if isinstance(v, int):
        return v
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None
    return index(v)


_PYTIME_MAX = 9223372036.854775807  # seconds in CPython's _PyTime_t (int64 nanoseconds)


def _wait_timeout(blocking, timeout):
    # CPython's argument checks of lock.acquire (lock_acquire_parse_args), in its order;
    # returns how long a wait would last (None: forever, 0: not at all).
    blocking = _index(blocking)
    if not isinstance(timeout, (int, float)):
        timeout = _index(timeout)
    if timeout != timeout:
        raise ValueError("Invalid value NaN (not a number)")
    if timeout >= _PYTIME_MAX or timeout <= -_PYTIME_MAX:
        raise OverflowError("timestamp too large to convert to C _PyTime_t")
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return 0
    if timeout == -1:
        return None
    if timeout < 0:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return timeout


def _sleep(seconds):
    if seconds:
        import time
        time.sleep(seconds)


class LockType:
    __mpsbx_c_type__ = True  # named '_thread.lock' in messages, as CPython's C type
    __slots__ = ("_locked",)

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        wait = _wait_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if wait is None:
            raise RuntimeError("deadlock: this blocking acquire() without a timeout waits for a lock "
                               "only another thread could release, and a sandbox session has a "
                               "single thread")
        _sleep(wait)
        return False

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return "<%s _thread.lock object at 0x%x>" % ("locked" if self._locked else "unlocked", id(self))


LockType.__name__ = LockType.__qualname__ = "lock"
LockType.__module__ = "_thread"


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    __mpsbx_c_type__ = True  # named '_thread.RLock' in messages, as CPython's C type
    __slots__ = ("_owner", "_count")

    def __init__(self):
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _wait_timeout(blocking, timeout)
        # The one thread owns it or nobody does: acquiring always succeeds.
        self._owner = _IDENT
        self._count += 1
        return True

    def release(self):
        if self._count == 0 or self._owner != _IDENT:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = 0

    def _is_owned(self):
        return self._count > 0 and self._owner == _IDENT

    def _recursion_count(self):
        return self._count if self._owner == _IDENT else 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at 0x%x>" % (
            "locked" if self._count else "unlocked", self._owner, self._count, id(self))


RLock.__module__ = "_thread"


class _local:
    # Thread-local data: with one thread, an object with a __dict__.
    __mpsbx_c_type__ = True  # '_thread._local' in messages

    def __init__(self, *args, **kwargs):
        if (args or kwargs) and type(self).__init__ is _local.__init__:
            raise TypeError("Initialization arguments are not supported")


_local.__module__ = "_thread"


def _set_sentinel():
    return LockType()


class _ExceptHookArgs(tuple):
    # CPython's structseq _thread._ExceptHookArgs (threading.ExceptHookArgs)
    __slots__ = ()

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(args))
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % tuple(self)


_ExceptHookArgs.__module__ = "_thread"


def _excepthook(args):
    # CPython's thread_excepthook: nothing for SystemExit itself, else "Exception in thread
    # NAME:" and the traceback on sys.stderr
    if type(args) is not _ExceptHookArgs:
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    import sys
    if args.exc_type is SystemExit:
        return
    stderr = sys.stderr
    if stderr is None:
        return
    thread = args.thread
    name = getattr(thread, "name", None) if thread is not None else None
    if name is None:
        name = get_ident()
    stderr.write("Exception in thread %s:\n" % (name,))
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
