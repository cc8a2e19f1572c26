# _queue for the mpsandbox guest: CPython's C accelerator of queue (SimpleQueue, Empty) for
# a session that has exactly one thread. queue.py (CPython's, guest/stdlib/modules.txt)
# imports both from here, so queue.SimpleQueue and queue.Empty are _queue's as in CPython.
# A get() from an empty queue that only another thread could fill: without a timeout it
# raises RuntimeError (CPython's one thread would block forever) instead of hanging the
# session; with a timeout it waits that long and raises Empty, as CPython.
from collections import deque as _deque
from _dummy_thread import _wait_timeout, _sleep
from types import GenericAlias as _GenericAlias


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


Empty.__module__ = "_queue"


def _timeout(timeout):
    # CPython's conversion of SimpleQueue.get's timeout (seconds, non-negative)
    if timeout != timeout and isinstance(timeout, float):
        raise ValueError("Invalid value NaN (not a number)")
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    return _wait_timeout(True, timeout)


class SimpleQueue:
    """Simple, unbounded, reentrant FIFO queue."""

    __mpsbx_c_type__ = True  # '_queue.SimpleQueue' in messages, as CPython's C type

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue.

        The optional 'block' and 'timeout' arguments are ignored, as this method
        never blocks.  They are provided for compatibility with the Queue class.
        """
        self._queue.append(item)

    def put_nowait(self, item):
        """Put an item into the queue without blocking.

        This is exactly equivalent to `put(item, block=False)` and is only provided
        for compatibility with the Queue class.
        """
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        If optional args 'block' is true and 'timeout' is None (the default),
        block if necessary until an item is available. If 'timeout' is
        a non-negative number, it blocks at most 'timeout' seconds and raises
        the Empty exception if no item was available within that time.
        Otherwise ('block' is false), return an item if one is immediately
        available, else raise the Empty exception ('timeout' is ignored
        in that case).
        """
        wait = 0
        if block:
            wait = None if timeout is None else _timeout(timeout)
        if self._queue:
            return self._queue.popleft()
        if wait is None:
            raise RuntimeError("deadlock: this blocking get() without a timeout waits for an item "
                               "only another thread could put, and a sandbox session has a "
                               "single thread")
        _sleep(wait)
        raise Empty

    def get_nowait(self):
        """Remove and return an item from the queue without blocking.

        Only get an item if one is immediately available. Otherwise
        raise the Empty exception.
        """
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        return not self._queue

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)


SimpleQueue.__module__ = "_queue"
