# Slices with a step on every built-in sequence, as CPython
import array

t = tuple(range(10))
for s in (slice(None, None, -1), slice(None, None, 2), slice(-1, 0, -1), slice(1, 8, 3), slice(8, 1, -3),
          slice(None, None, 100), slice(None, None, -100), slice(5, 5, -1), slice(2, 7, -1), slice(-100, 100, 7)):
    print(s, t[s], list(t)[s], "abcdefghij"[s], b"abcdefghij"[s], bytearray(b"abcdefghij")[s],
          array.array("h", t)[s], range(10)[s])
print(()[::-1], (1,)[::-1], cls_mro := (object,)[-1:0:-1])
print(array.array("d", [1.5, 2.5, 3.5])[::-1], array.array("q", [2**40, -1])[::-1])
for bad in (0,):
    for seq in (t, list(t), "abc", b"abc", array.array("b", [1])):
        try:
            seq[::bad]
        except ValueError as e:
            print(type(seq).__name__, "ValueError", e)
l = list(range(10))
l[::2] = "abcde"
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError", e)
del l[::3]
print(l)

# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(1, 2), s.indices(5), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(1, 2) == (1, 2))
for args in ((), (1, 2, 3, 4)):
    try:
        slice(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError", e)
print("abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(-2)])
print(range(10)[7:2], range(10)[2:7:-1], range(0, 20, 3)[::-2], range(5, -5, -2)[1:-1], range(10)[-100:100])
l = list(range(10))
l[1:3] = "xy"
l[5:7] = (c for c in "pqr")
l[:0] = l
print(l)
for s in (slice(None, None, -2), slice(1, None, 3), slice(8, 0, -3), slice(100, None, -1)):
    l = list(range(12))
    del l[s]
    m = list(range(12))
    m[s] = [None] * len(m[s])
    print(l, m)
