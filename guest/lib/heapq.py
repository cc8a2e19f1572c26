# heapq for the mpsandbox guest: MicroPython's built-in heappush, heappop and heapify
# (reached as `uheapq`, which always names the built-in) plus heappushpop, heapreplace,
# nlargest, nsmallest and merge, written for mpsandbox.
from uheapq import *


def heappushpop(heap, item):
    if heap and heap[0] < item:
        top = heappop(heap)
        heappush(heap, item)
        return top
    return item


def heapreplace(heap, item):
    top = heappop(heap)
    heappush(heap, item)
    return top


def _ranked(iterable, key, reverse):
    # Equal keys keep their input order (MicroPython's sort is not stable), and values
    # are never compared themselves.
    decorated = [(v if key is None else key(v), -i if reverse else i, v) for i, v in enumerate(iterable)]
    decorated.sort(key=lambda t: (t[0], t[1]), reverse=reverse)
    return [t[2] for t in decorated]


def nlargest(n, iterable, key=None):
    return _ranked(iterable, key, True)[: max(n, 0)]


def nsmallest(n, iterable, key=None):
    return _ranked(iterable, key, False)[: max(n, 0)]


def merge(*iterables, key=None, reverse=False):
    # A heap of [sort key, tie-break, value, iterator]; the tie-break keeps merge stable
    # and keeps values from ever being compared.
    heap = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            heap.append([key(value) if key else value, order, value, it])
            break
    if reverse:
        # Largest first: wrap the keys so that the min-heap orders them the other way.
        for entry in heap:
            entry[0] = _Reversed(entry[0])
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            k = key(value) if key else value
            entry[0] = _Reversed(k) if reverse else k
            entry[2] = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)


class _Reversed:
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __gt__(self, other):
        return self.k < other.k

    def __le__(self, other):
        return not other.k > self.k

    def __ge__(self, other):
        return not self.k > other.k

    def __eq__(self, other):
        return self.k == other.k
