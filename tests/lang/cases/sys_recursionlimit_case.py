import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
for bad in (0, -5, 1.5, 'x', None, 2 ** 100):
    try:
        sys.setrecursionlimit(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    print(sys.exc_info())
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, v.args)
