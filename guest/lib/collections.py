# collections for the mpsandbox guest: MicroPython's built-in deque, OrderedDict and
# namedtuple (reached as `ucollections`, which always names the built-in) plus
# defaultdict and Counter, written for mpsandbox.
from ucollections import *


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self[key] = self.default_factory()
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        items = ", ".join("%r: %r" % kv for kv in self.items())
        return "defaultdict(%r, {%s})" % (self.default_factory, items)

    __str__ = __repr__  # else print() would use dict's


class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            return 0

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # Largest counts first; equal counts keep the dict's order (the sort is not stable).
        items = list(self.items())
        order = sorted(range(len(items)), key=lambda i: (-items[i][1], i))
        items = [items[i] for i in order]
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] += count
            else:
                for elem in iterable:
                    self[elem] += 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] -= count
            else:
                for elem in iterable:
                    self[elem] -= 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return "Counter()"
        return "Counter({%s})" % ", ".join("%r: %r" % kv for kv in self.most_common())

    __str__ = __repr__  # else print() would use dict's

    def _keep_positive(self):
        return Counter({k: v for k, v in self.items() if v > 0})

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k in set(self) | set(other):
            v = self[k] + other[k]
            if v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k in self:
            v = self[k] - other[k]
            if v > 0:
                result[k] = v
        for k in other:
            if k not in self and other[k] < 0:
                result[k] = -other[k]
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k in set(self) | set(other):
            v = max(self[k], other[k])
            if v > 0:
                result[k] = v
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for k in self:
            v = min(self[k], other[k])
            if v > 0:
                result[k] = v
        return result

    def __pos__(self):
        return self._keep_positive()

    def __neg__(self):
        return Counter({k: -v for k, v in self.items() if v < 0})

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] == other[k] for k in set(self) | set(other))

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r
