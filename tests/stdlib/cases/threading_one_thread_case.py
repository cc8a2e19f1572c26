# threading in a program that runs one thread: what it prints is CPython's, and where a
# second thread would be needed (Thread.start) it fails as CPython does when the system
# cannot start a thread.
import re
import threading


def mask(s):
    # thread identifiers and addresses differ between runs
    s = re.sub(r" at 0x[0-9a-fA-F]+", " at ?", s)
    return re.sub(r"(owner=|started |Exception in thread )\d+", r"\1N", s)


def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "ok %r" % (r,)


# the main thread
t = threading.current_thread()
print(t is threading.main_thread(), t.name, t.daemon, t.is_alive(), type(t).__name__)
print(mask(repr(t)))
print(threading.get_ident() == t.ident, isinstance(threading.get_ident(), int))
print(threading.get_native_id() == t.native_id, isinstance(threading.get_native_id(), int))
print(threading.active_count(), threading.enumerate() == [t], threading.TIMEOUT_MAX)
print(threading.ThreadError is RuntimeError, sorted(threading.__all__))

# Lock
lock = threading.Lock()
print(type(lock).__name__, type(lock).__module__, mask(repr(lock)))
print(lock.acquire(), lock.locked(), mask(repr(lock)))
print(lock.acquire(False), lock.acquire(timeout=0), lock.acquire(True, 0.01), lock.acquire(blocking=False))
lock.release()
print(lock.locked(), err(lock.release))
with lock:
    print("with", lock.locked())
print(lock.locked())
for args, kwargs in [((False, 1), {}), ((True, -2), {}), ((True, -1.5), {}), ((True, 1e10), {}),
                     ((True, "x"), {}), ((None,), {}), ((1.5,), {}), ((True, float("nan")), {}),
                     ((True, float("inf")), {}), ((), {"blocking": False, "timeout": -1}),
                     ((2,), {}), ((True, -1.0), {}), ((True, 0), {})]:
    print(args, kwargs, err(lock.acquire, *args, **kwargs))
    if lock.locked():
        lock.release()

# RLock
r = threading.RLock()
print(mask(repr(r)))
print(r.acquire(), r.acquire(False), r.acquire(timeout=0.5), mask(repr(r)))
r.release(); r.release(); r.release()
print(mask(repr(r)), err(r.release))
with r:
    with r:
        print("nested", mask(repr(r)))
for args in [(False, 1), (True, -2), (None,)]:
    print(args, err(r.acquire, *args))

# Condition
c = threading.Condition()
with c:
    print("wait", c.wait(0.01))
    print("wait_for", c.wait_for(lambda: 42), c.wait_for(lambda: 0, timeout=0.01))
    c.notify(); c.notify_all()
print(err(c.wait, 0), err(c.notify))
print(mask(repr(c))[:40])

# Semaphores
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
print(err(threading.Semaphore, -1), err(s.release, 0))
b = threading.BoundedSemaphore(1)
print(b.acquire(), err(b.release), err(b.release))
with threading.Semaphore() as v:
    print("sem with", v)

# Event
e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(5))
e.clear()
print(e.is_set(), mask(repr(e)))

# Barrier of one party
bar = threading.Barrier(1, action=lambda: print("action"))
print(bar.parties, bar.n_waiting, bar.broken, bar.wait(), bar.wait(1))
bar.abort()
print(bar.broken, err(bar.wait))
bar.reset()
print(bar.broken, mask(err(threading.Barrier, 0)))
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# local
loc = threading.local()
loc.x = 1
print(loc.x, type(loc).__name__, type(loc).__module__, err(threading.local, 1), err(getattr, loc, "y"))


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v


print(MyLocal(5).v)

# Thread objects (tests/stdlib/cases/threading_start_case.py starts them)
ran = []
th = threading.Thread(target=ran.append, args=(1,), name="worker")
print(mask(repr(th)), th.name, th.ident, th.native_id, th.is_alive(), th.daemon)
print(err(th.join), err(th.run), ran, err(th.run), ran)
print(err(threading.Thread, target=len, args=5))
print(mask(repr(threading.Thread(target=len, daemon=True))))
tm = threading.Timer(0.01, print, ("timer",))
print(tm.finished.is_set(), tm.interval)
tm.cancel()
print(tm.finished.is_set())
print(err(t.join), err(t.join, 0))


class Sub(threading.Thread):
    def __init__(self):
        pass


print(err(lambda: Sub().start()), err(lambda: Sub().name))

# module functions
print(threading.gettrace(), threading.getprofile())
f = lambda *a: None
threading.settrace(f); threading.setprofile(f)
print(threading.gettrace() is f, threading.getprofile() is f)
threading.settrace(None); threading.setprofile(None)
print(threading.stack_size(), err(threading.stack_size, 100), err(threading.stack_size, -1),
      err(threading.stack_size, "x"), threading.stack_size(65536), threading.stack_size(), threading.stack_size(0))
print(threading.excepthook is threading.__excepthook__)
print(repr(threading.ExceptHookArgs((1, 2, 3, 4))), err(threading.ExceptHookArgs, (1, 2)))
import io
import sys
sys.stderr = io.StringIO()
threading.excepthook(threading.ExceptHookArgs((ValueError, ValueError("v"), None, None)))
threading.excepthook(threading.ExceptHookArgs((SystemExit, SystemExit(), None, None)))
threading.excepthook(threading.ExceptHookArgs((KeyError, KeyError("k"), None, th)))
out, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
print(mask(out))
print(err(threading.excepthook, (1, 2, 3, 4)))

