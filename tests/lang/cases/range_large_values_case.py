# range values and lengths beyond 2**30 (the guest's small ints): exact, never wrapped
import sys
print(list(range(2**30 - 1, 2**30 + 2)))
print(list(range(-2**30 - 1, -2**30 - 4, -1)))
print(len(range(2**30 + 5)), len(range(0, 2**31 - 2, 3)))
r = range(2**31 - 10)
print(r[-1], r[2**30], r[-2**30], 2**30 + 7 in r)
print(list(range(2**31 - 4, 2**31 - 1)))
print(list(range(2**31 - 4, 2**31 - 1, 2)), list(range(-2**31 + 5, -2**31 + 1, -2)))
print(bool(range(2**30, 2**30)), range(2**30, 2**31 - 1) == range(2**30, 2**31 - 1, 1))
print(sum(range(2**30 - 2, 2**30 + 3)))
n = 2**31 - 1
data = range(n - 1)
print(len(data), data[n - 4], data[-1])
import bisect
print(bisect.bisect_left(data, n - 3), bisect.bisect_right(data, n - 3))
# ranges compare as sequences
print(range(3) == range(3), range(0) == range(2, 2), range(0, 10, 3) == range(0, 11, 3),
      range(1, 2, 5) == range(1, 2, 7), range(3) != range(4), range(3) == [0, 1, 2])
print(range(2**30, 2**31 - 1) == range(2**30, 2**31 - 1, 1), hash(range(3)) == hash(range(3)))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 3)) == hash(range(1, 2)))
print(hash(range(0, 10)) == hash(range(10)), hash(range(0, 9, 3)) == hash(range(0, 8, 3)))
print({range(3): "a"}[range(0, 3)], len({range(0), range(4, 2), range(1, 2), range(1, 2, 9)}))
# membership of ints is arithmetic; of other objects, by comparison
r = range(-7, 2**31 - 5, 3)
print(2**30 - 1 in r, 2**30 in r, -7 in r, -8 in r, 2**31 - 8 in r, 2**31 - 5 in r, 2**40 in r)
print(5 in range(10, 0, -5), 0 in range(10, 0, -5), 10 in range(10, 0, -5), 3 in range(0))
print(True in range(2), 1.0 in range(3), 2.5 in range(3), "1" in range(3), -1 in range(-1, -2**31 + 1, -1))
