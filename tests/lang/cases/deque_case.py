# collections.deque as CPython's (guest/patches/0011).
from collections import deque

d = deque()
for i in range(5):
    d.append(i)
d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d, bool(deque()))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, d.count("a"), d.index(2), d.index("a", 3))
d.insert(2, "x")
d.remove("x")
d[1] = 99
del d[0]
print(d)
d.reverse()
print(d, list(reversed(d)))
w = deque(maxlen=3)
for i in range(7):
    w.append(i)
    print(list(w), w.maxlen)
w.appendleft(100)
print(w, deque([1, 2, 3], 2), deque("abc", maxlen=0))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque("ab", maxlen=3) * 3)
e = deque([1, 2, 3])
e += [4]
e *= 2
print(e, e.copy(), deque(e, maxlen=2))
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: hash(deque()),
            lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2),
            lambda: deque([1]) + [2]):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
f = deque([1, 2, 3])
try:
    for x in f:
        f.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
big = deque(range(100000))
big.rotate(12345)
print(big[0], big[-1], sum(big))
while len(big) > 3:
    big.popleft()
print(big)
