# Constants of a function: equal values of different types stay apart (1, 1.0, True,
# (1, 2) and (1.0, 2), 0.0 and -0.0 kept as CPython keeps them apart), in a large table too;
# the singletons' types
def f():
    return (1, 1.0, True, 2, 2.0, 0, False, (1, 2), (1.0, 2), (True, 2), 'a', b'a', 1j,
            10**30, 10**30 + 0.0, ..., float('nan'), 1, 1.0, True, (1, 2), (True, 2))
print(f())
print([type(x).__name__ for x in f()])
src = "t = [" + ", ".join("(%d, %d.0, %s, '%d')" % (i % 50, i % 50, bool(i % 2), i % 7) for i in range(5000)) + "]"
ns = {}
exec(src, ns)
t = ns["t"]
print(len(t), t[:3], t[-1], [type(x).__name__ for x in t[1]], sum(1 for x in t if x[2] is True))
print(type(...).__name__, type(NotImplemented).__name__, type(...)() is ..., type(NotImplemented)() is NotImplemented)
try:
    type(...)(1)
except TypeError as e:
    print("TypeError", e)
# constants the index does not hash (slices) and equal values whose comparison raises
x = [1, 2, 3]
print(x[1:2], x[::2], x[:-1], x[1:2], x[::2])
print((10**400, 1e300, (10**400, 1.5), 10**400) == (10**400, 1e300, (10**400, 1.5), 10**400))
