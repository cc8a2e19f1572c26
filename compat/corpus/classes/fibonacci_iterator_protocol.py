# Iterator protocol classes: bounded Fibonacci iterator, reusable iterable, and a peekable wrapper
from itertools import islice


class FibIterator:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Fibonacci:
    """Re-iterable: each iter() call starts fresh."""

    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIterator(self.limit)


class Peekable:
    _EMPTY = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._peeked = self._EMPTY

    def __iter__(self):
        return self

    def __next__(self):
        if self._peeked is not self._EMPTY:
            value, self._peeked = self._peeked, self._EMPTY
            return value
        return next(self._it)

    def peek(self, default=None):
        if self._peeked is self._EMPTY:
            try:
                self._peeked = next(self._it)
            except StopIteration:
                return default
        return self._peeked


it = FibIterator(100)
print(list(it))
print(list(it), "(exhausted)")
fib = Fibonacci(50)
print(list(fib), sum(fib), max(fib))
print(list(islice(Fibonacci(10**6), 5, 10)))
p = Peekable(Fibonacci(20))
runs = []
for value in p:
    if p.peek() is not None and p.peek() - value == 1:
        runs.append((value, p.peek()))
print(runs, p.peek("done"))
gen = iter(FibIterator(3))
print(next(gen), next(gen), next(gen), next(gen), next(gen, "end"))
print(iter(it) is it, iter(fib) is iter(fib))
