# Catching RecursionError from runaway recursion and falling back to an iterative version
import sys


def depth_recursive(node):
    if node is None:
        return 0
    return 1 + depth_recursive(node.get("child"))


def depth_iterative(node):
    depth = 0
    while node is not None:
        depth += 1
        node = node.get("child")
    return depth


def build_chain(n):
    root = None
    for i in range(n):
        root = {"id": i, "child": root}
    return root


for size in (10, 500, 5000):
    chain = build_chain(size)
    try:
        d = depth_recursive(chain)
        how = "recursive"
    except RecursionError as e:
        print(f"size {size}: RecursionError: {e}")
        d = depth_iterative(chain)
        how = "iterative"
    print(f"size {size}: depth {d} via {how}")


def countdown(n):
    return countdown(n - 1)


try:
    countdown(10)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError), e.args)

cyclic = []
cyclic.append(cyclic)
print(repr(cyclic), str(cyclic))

a = {"name": "a"}
a["self"] = a
print(a)
print("limit unchanged:", sys.getrecursionlimit() >= 1000)
