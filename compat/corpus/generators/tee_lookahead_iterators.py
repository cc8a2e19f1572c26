# itertools.tee for lookahead parsing, peeking iterators, and comparing consecutive elements lazily
from itertools import tee, islice, chain

def with_next(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, chain(b, [None]))

class Peekable:
    _sentinel = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = []

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf:
            return self._buf.pop(0)
        return next(self._it)

    def peek(self, default=_sentinel):
        if not self._buf:
            try:
                self._buf.append(next(self._it))
            except StopIteration:
                if default is self._sentinel:
                    raise
                return default
        return self._buf[0]

tokens = ["let", "x", "=", "1", "+", "2", ";", "print", "x", ";"]
for cur, nxt in with_next(tokens):
    if nxt == "=":
        print(f"assignment target: {cur}")
    if cur == ";" and nxt is None:
        print("program ends with semicolon")

p = Peekable("aaabccdddd")
runs = []
while p.peek(None) is not None:
    ch = next(p)
    n = 1
    while p.peek(None) == ch:
        next(p)
        n += 1
    runs.append((ch, n))
print("runs via peek:", runs)

source = (x * x for x in range(1, 11))
evens, odds = tee(source)
print("even squares:", [x for x in evens if x % 2 == 0])
print("odd squares: ", [x for x in odds if x % 2])

it1, it2, it3 = tee(iter("generator"), 3)
print(list(islice(it1, 3)), "".join(it2), list(it3)[-3:])

def is_sorted(iterable):
    a, b = tee(iterable)
    next(b, None)
    return all(x <= y for x, y in zip(a, b))

print("sorted checks:", is_sorted([1, 2, 2, 5]), is_sorted(iter([3, 1, 2])), is_sorted([]))
pk = Peekable([])
try:
    pk.peek()
except StopIteration:
    print("peek on empty raises StopIteration")
