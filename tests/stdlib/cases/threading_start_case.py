# What needs a second thread in the sandbox, which runs one (this case's .exp holds the
# sandbox's output; CPython would run the threads). Thread.start() raises CPython's
# RuntimeError("can't start new thread"), its error when the system cannot start a thread,
# and leaves the Thread unstarted; a blocking wait without a timeout that only another
# thread could end raises RuntimeError instead of hanging the session.
import queue
import threading


def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "ok %r" % (r,)


ran = []
th = threading.Thread(target=ran.append, args=(1,), name="worker")
print(err(th.start))
print(ran, th.is_alive(), th.ident, threading.active_count(), len(threading.enumerate()))
print(err(th.join))
print(err(th.start))
print(err(threading.Thread(target=len, daemon=True).start))
tm = threading.Timer(0.01, print, ("timer",))
print(err(tm.start), tm.finished.is_set())

lock = threading.Lock()
lock.acquire()
print(err(lock.acquire))
print(lock.acquire(timeout=0.01), lock.locked())
print(err(threading.Event().wait))
c = threading.Condition()
with c:
    print(err(c.wait))
print(err(threading.Semaphore(0).acquire))
print(err(threading.Barrier(2).wait))
print(err(queue.Queue().get))
print(err(queue.SimpleQueue().get))
q = queue.Queue(1)
q.put(1)
print(err(q.put, 2))
print(err(q.join))
