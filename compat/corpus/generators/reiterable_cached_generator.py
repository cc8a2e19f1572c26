# Making generators re-iterable: a caching wrapper class, a generator-factory iterable, and exhaustion pitfalls
class CachedIterable:
    """Wraps a one-shot iterator and caches items so it can be iterated many times."""
    def __init__(self, iterable):
        self._source = iter(iterable)
        self._cache = []
        self.pulled = 0

    def __iter__(self):
        i = 0
        while True:
            if i < len(self._cache):
                yield self._cache[i]
            else:
                try:
                    item = next(self._source)
                except StopIteration:
                    return
                self.pulled += 1
                self._cache.append(item)
                yield item
            i += 1

class Evens:
    """Iterable (not iterator): each iter() creates a fresh generator."""
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return (n for n in range(0, self.limit, 2))

def expensive_numbers():
    for n in range(1, 8):
        print(f"    computing {n}")
        yield n ** 3

gen = expensive_numbers()
print("first pass sum:", sum(gen))
print("second pass sum (exhausted):", sum(gen))

cached = CachedIterable(expensive_numbers())
print("take 3 from cache-wrapper:")
for i, x in zip(range(3), cached):
    print("   got", x)
print("full list:", list(cached))
print("again, no recompute:", list(cached), "pulled:", cached.pulled)

a, b = iter(cached), iter(cached)
print("independent iterators:", next(a), next(a), next(b))

ev = Evens(10)
print("evens twice:", list(ev), list(ev))
print("nested loops over same iterable:", [(x, y) for x in Evens(5) for y in Evens(3)])
it = iter([1, 2, 3])
print("nested over same iterator:", [(x, y) for x in it for y in it])
pairs = zip(*[iter(range(6))] * 2)
print("zip same iterator trick:", list(pairs))
print("membership consumes iterator:", 3 in (g := iter(range(6))), list(g))
