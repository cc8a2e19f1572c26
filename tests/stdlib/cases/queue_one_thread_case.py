# queue in a program that runs one thread (a producer and consumer in turn): CPython's
# queue.py over threading's locks (tests/stdlib/cases/threading_start_case.py has the waits
# that would need another thread).
import queue


def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "ok %r" % (r,)


q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(3)], q.get_nowait(), q.get(False), q.empty())
print(err(q.get_nowait), err(q.get, False), err(q.get, True, 0.01), err(q.get, timeout=0))
print(err(q.get, timeout=-1), err(q.put, 1, timeout=-1))
for _ in range(6):
    q.task_done()
print(err(q.task_done))
q.join()
print("joined")

b = queue.Queue(maxsize=2)
b.put("a"); b.put_nowait("b")
print(b.full(), err(b.put_nowait, "c"), err(b.put, "c", timeout=0.01), err(b.put, "c", False))
print(b.get(), b.get())

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for x in [5, 1, 4, (2, "x"), 3] [:4] + [3]:
    pq.put(x if not isinstance(x, tuple) else x[0])
print([pq.get() for _ in range(pq.qsize())])
pq.put((1, "b")); pq.put((1, "a")); pq.put((0, "z"))
print([pq.get_nowait() for _ in range(3)])
pq.put(1)
print(err(pq.put, "x"))

sq = queue.SimpleQueue()
sq.put(1); sq.put(2, block=False); sq.put_nowait(3)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=5), sq.empty())
print(err(sq.get_nowait), err(sq.get, timeout=0.01), err(sq.get, True, -1))
print(queue.Queue[int], queue.SimpleQueue[str])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), queue.Empty.__module__)
print(type(q.mutex).__name__, type(q.not_empty).__name__)
