# Insertion-ordered set built on collections.abc.MutableSet, getting set operators for free
from collections.abc import MutableSet


class OrderedSet(MutableSet):
    def __init__(self, iterable=()):
        self._data = {}
        for item in iterable:
            self.add(item)

    def __contains__(self, item):
        return item in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def add(self, item):
        self._data[item] = None

    def discard(self, item):
        self._data.pop(item, None)

    def __repr__(self):
        return f"OrderedSet({list(self._data)!r})"

    def __getitem__(self, index):
        return list(self._data)[index]


words = "the quick brown fox jumps over the lazy dog the end".split()
s = OrderedSet(words)
print(s, len(s))
other = OrderedSet(["dog", "cat", "fox", "emu"])
print("union:       ", s | other)
print("intersection:", s & other)
print("difference:  ", other - s)
print("symmetric:   ", other ^ OrderedSet(["cat", "the"]))
print(s[0], s[-1], "fox" in s, "cat" in s)
s -= {"the", "end"}
print(s)
s |= ["zebra", "quick"]
print(s)
print(OrderedSet("abc") <= OrderedSet("cbad"), OrderedSet("ab") == OrderedSet("ba"))
print(s.isdisjoint(["x", "y"]), s.pop(), s)
s.remove("dog")
try:
    s.remove("dog")
except KeyError as e:
    print("KeyError:", e)
print(sorted(s, key=len))
