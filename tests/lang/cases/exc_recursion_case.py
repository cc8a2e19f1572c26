# The recursion limit: RecursionError where CPython raises it.
import sys

print(sys.getrecursionlimit())
depth = 0


def down():
    global depth
    depth += 1
    down()


try:
    down()
except RecursionError as e:
    print(depth, e, isinstance(e, RuntimeError))

sys.setrecursionlimit(120)
print(sys.getrecursionlimit())
depth = 0
try:
    down()
except RecursionError as e:
    print(depth, e)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


sys.setrecursionlimit(5000)
print(deep(3000))
sys.setrecursionlimit(1000)
try:
    deep(5000)
except RecursionError as e:
    print("deep", e)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print(e)


def at_depth(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print(e)
        return
    at_depth(n - 1)


at_depth(20)


class Node:
    def __init__(self, child=None):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child else 0)


n = None
for i in range(500):
    n = Node(n)
print(n.size())


def gen(k):
    if k:
        yield from gen(k - 1)
    yield k


print(sum(gen(200)))


def f(n):
    return f(n + 1)


f(0)
