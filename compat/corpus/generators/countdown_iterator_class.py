# Custom iterator classes: a float range, a countdown with __reversed__, and a paginated result set
class FRange:
    """Like range() but for floats, computed by index to avoid drift."""

    def __init__(self, start, stop, step=1.0):
        self.start, self.stop, self.step = start, stop, step
        n = (stop - start) / step
        self.length = max(0, int(n) + (1 if n != int(n) else 0))

    def __len__(self):
        return self.length

    def __iter__(self):
        return FRangeIterator(self)

    def __getitem__(self, i):
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError("FRange index out of range")
        return round(self.start + i * self.step, 10)

class FRangeIterator:
    def __init__(self, fr):
        self.fr, self.i = fr, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.fr):
            raise StopIteration
        value = self.fr[self.i]
        self.i += 1
        return value

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))

class Pages:
    def __init__(self, items, size):
        self.items, self.size, self.page = items, size, 0

    def __iter__(self):
        return self

    def __next__(self):
        chunk = self.items[self.page * self.size:(self.page + 1) * self.size]
        if not chunk:
            raise StopIteration
        self.page += 1
        return self.page, chunk

fr = FRange(0.0, 1.0, 0.1)
print(len(fr), list(fr))
print("reuse works:", sum(fr) == sum(fr), "last:", fr[-1], "sum:", round(sum(fr), 10))
print("it is iter(it):", (lambda it: iter(it) is it)(iter(fr)))
print(list(FRange(1, 2, 0.25)), list(FRange(5, 1)))
print("countdown:", list(Countdown(5)), "reversed:", list(reversed(Countdown(5))))
pages = Pages(list("abcdefghij"), 4)
for num, chunk in pages:
    print(f"page {num}: {chunk}")
print("exhausted:", list(pages))
it = iter(FRange(0, 3))
print(next(it), next(it), next(it), next(it, "done"))
try:
    FRange(0, 1, 0.5)[5]
except IndexError as e:
    print("IndexError:", e)
