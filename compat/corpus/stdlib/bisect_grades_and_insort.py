# bisect for grade buckets, sorted inserts with insort, and key= lookups on records
import bisect
from dataclasses import dataclass


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
print([grade(s) for s in scores])

sorted_list = []
for n in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, n)
print(sorted_list)
print("left/right of 5:", bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
print("count of 1s:", bisect.bisect_right(sorted_list, 1) - bisect.bisect_left(sorted_list, 1))


def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")


print(index_of(sorted_list, 6))
try:
    index_of(sorted_list, 3)
except ValueError as e:
    print(e)


@dataclass
class Event:
    ts: int
    name: str


timeline = [Event(10, "start"), Event(25, "load"), Event(40, "train"), Event(90, "stop")]
for q in (0, 10, 30, 90, 100):
    i = bisect.bisect_right(timeline, q, key=lambda e: e.ts)
    current = timeline[i - 1].name if i else "(none)"
    print(f"t={q}: current={current}")
bisect.insort(timeline, Event(30, "checkpoint"), key=lambda e: e.ts)
print([e.name for e in timeline])
prices = [1.0, 2.5, 4.0, 10.0]
lo, hi = bisect.bisect_left(prices, 2.0), bisect.bisect_right(prices, 5.0)
print("in range [2,5]:", prices[lo:hi])
