# Binary search with bisect: grade lookup, sorted insertion, range counts, and a manual lower bound
import bisect

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"

def grade(score):
    return grades[bisect.bisect(breakpoints, score)]

scores = [33, 99, 77, 70, 89, 90, 100, 59, 60, 85]
print([(s, grade(s)) for s in scores])

book = []
for price in [105.5, 99.0, 101.25, 99.0, 110.0, 100.5, 99.75]:
    bisect.insort(book, price)
print("order book:", book)

def count_in_range(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)

print("prices in [99, 101]:", count_in_range(book, 99, 101))
print("prices in [100, 106]:", count_in_range(book, 100, 106))

def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

for x in [98, 99.0, 100, 110.0, 200]:
    assert lower_bound(book, x) == bisect.bisect_left(book, x)
    print(f"lower_bound({x}) = {lower_bound(book, x)}")

records = [("alice", 31), ("bob", 25), ("carol", 42), ("dave", 19)]
records.sort(key=lambda r: r[1])
ages = [r[1] for r in records]
i = bisect.bisect_left(records, 30, key=lambda r: r[1])
print("first person aged >= 30:", records[i])

def isqrt_search(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

for n in [0, 1, 15, 16, 10**20 + 7]:
    print(n, isqrt_search(n))
