# LRU cache implemented with OrderedDict and with a doubly linked list; compared on a trace
from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: OrderedDict[str, int] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            return self.data.popitem(last=False)

class Node:
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None

class LinkedLRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n

    def get(self, key):
        n = self.map.get(key)
        if n is None:
            return None
        self._unlink(n); self._push_front(n)
        return n.val

    def put(self, key, val):
        if key in self.map:
            self._unlink(self.map[key])
        n = self.map[key] = Node(key, val)
        self._push_front(n)
        if len(self.map) > self.cap:
            self._unlink(lru := self.tail.prev)
            del self.map[lru.key]

    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key); n = n.next
        return out

trace = "a b c a d b e a f c a b".split()
c1, c2 = LRUCache(3), LinkedLRU(3)
for i, k in enumerate(trace):
    v1, v2 = c1.get(k), c2.get(k)
    assert v1 == v2
    if v1 is None:
        ev = c1.put(k, i)
        c2.put(k, i)
        print(f"miss {k}: stored {i}" + (f", evicted {ev[0]}" if ev else ""))
    else:
        print(f"hit  {k}: value {v1}")
print("hits/misses:", c1.hits, c1.misses)
print("MRU->LRU:", c2.keys(), list(reversed(c1.data)))
