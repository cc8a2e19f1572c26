# Closed interval class with __contains__, intersection (&), union (|), ordering and merging
from functools import total_ordering


@total_ordering
class Interval:
    __slots__ = ("lo", "hi")

    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError(f"empty interval [{lo}, {hi}]")
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        if isinstance(x, Interval):
            return self.lo <= x.lo and x.hi <= self.hi
        return self.lo <= x <= self.hi

    def overlaps(self, other):
        return self.lo <= other.hi and other.lo <= self.hi

    def __and__(self, other):
        if not self.overlaps(other):
            return None
        return Interval(max(self.lo, other.lo), min(self.hi, other.hi))

    def __or__(self, other):
        if not self.overlaps(other):
            raise ValueError(f"{self} and {other} are disjoint")
        return Interval(min(self.lo, other.lo), max(self.hi, other.hi))

    def __len__(self):
        return self.hi - self.lo

    def __eq__(self, other):
        return isinstance(other, Interval) and (self.lo, self.hi) == (other.lo, other.hi)

    def __lt__(self, other):
        return (self.lo, self.hi) < (other.lo, other.hi)

    def __hash__(self):
        return hash((self.lo, self.hi))

    def __repr__(self):
        return f"[{self.lo}, {self.hi}]"


def merge(intervals):
    merged = []
    for iv in sorted(intervals):
        if merged and merged[-1].overlaps(iv):
            merged[-1] = merged[-1] | iv
        else:
            merged.append(iv)
    return merged


busy = [Interval(9, 10), Interval(13, 15), Interval(9, 12), Interval(14, 16), Interval(18, 18)]
print(sorted(busy))
print(merge(busy))
work = Interval(8, 17)
print(12 in work, 17 in work, 17.5 in work, Interval(9, 12) in work, Interval(16, 18) in work)
print(work & Interval(15, 20), work & Interval(20, 21), len(work))
free, cursor = [], work.lo
for iv in merge(busy):
    if iv.lo > cursor:
        free.append(Interval(cursor, min(iv.lo, work.hi)))
    cursor = max(cursor, iv.hi)
print("free slots:", free)
print(max(busy), min(busy), Interval(1, 2) <= Interval(1, 3))
try:
    Interval(1, 2) | Interval(5, 6)
except ValueError as e:
    print("ValueError:", e)
try:
    Interval(3, 1)
except ValueError as e:
    print("ValueError:", e)
