# A lazy fluent Stream wrapper (map/filter/take/skip/chunk) built on generators, like Java streams
from itertools import islice, chain
from functools import reduce

class Stream:
    def __init__(self, iterable):
        self._it = iter(iterable)

    @classmethod
    def iterate(cls, seed, fn):
        def gen(x):
            while True:
                yield x
                x = fn(x)
        return cls(gen(seed))

    def map(self, fn):
        return Stream(map(fn, self._it))

    def filter(self, pred):
        return Stream(filter(pred, self._it))

    def take(self, n):
        return Stream(islice(self._it, n))

    def skip(self, n):
        return Stream(islice(self._it, n, None))

    def flat_map(self, fn):
        return Stream(chain.from_iterable(map(fn, self._it)))

    def peek(self, fn):
        def gen():
            for x in self._it:
                fn(x)
                yield x
        return Stream(gen())

    def distinct(self):
        def gen():
            seen = set()
            for x in self._it:
                if x not in seen:
                    seen.add(x)
                    yield x
        return Stream(gen())

    def chunk(self, n):
        def gen():
            while batch := list(islice(self._it, n)):
                yield batch
        return Stream(gen())

    def reduce(self, fn, initial):
        return reduce(fn, self._it, initial)

    def to_list(self):
        return list(self._it)

    def first(self, default=None):
        return next(self._it, default)

    def __iter__(self):
        return self._it

print(Stream(range(20)).filter(lambda x: x % 3 == 0).map(lambda x: x * x).to_list())
print(Stream.iterate(1, lambda x: x * 2).skip(3).take(6).to_list())
words = ["stream", "lazy", "generator", "map", "lazy", "filter", "stream"]
print(Stream(words).distinct().map(str.upper).chunk(2).to_list())
print(Stream(["a b", "c", "d e f"]).flat_map(str.split).to_list())
seen = []
result = Stream.iterate(1, lambda x: x + 1).peek(seen.append).filter(lambda x: x % 7 == 0).first()
print("first multiple of 7:", result, "elements pulled:", seen)
total = Stream(range(1, 101)).filter(lambda x: x % 2).reduce(lambda a, b: a + b, 0)
print("sum of odd 1..100:", total)
print("empty first:", Stream([]).first("none"))
collatz = Stream.iterate(27, lambda n: n // 2 if n % 2 == 0 else 3 * n + 1)
print("collatz 27 head:", collatz.take(12).to_list())
print("for loop over stream:", [x for x in Stream("abc").map(str.upper)])
