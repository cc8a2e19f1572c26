# Recursion: binary trees (build, check, traverse), N-queens by backtracking, permutations
# and subsets, a recursive JSON-like walk, Ackermann and mutual recursion.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 65536
# The work grows exponentially with the depth: the tree has about N nodes.
D = max(2, N.bit_length() - 1)


class Node:
    __slots__ = ("left", "right", "value")

    def __init__(self, left, right, value):
        self.left, self.right, self.value = left, right, value


def build(depth, value=1):
    if depth == 0:
        return Node(None, None, value)
    return Node(build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1), value)


def check(node):
    if node.left is None:
        return node.value & 7
    return node.value & 7 + check(node.left) - check(node.right)


def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))


def inorder(node, out):
    if node is not None:
        inorder(node.left, out)
        out.append(node.value)
        inorder(node.right, out)
    return out


def queens(n, row=0, cols=0, d1=0, d2=0):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if not (cols >> c & 1 or d1 >> (row + c) & 1 or d2 >> (row - c + n) & 1):
            count += queens(n, row + 1, cols | 1 << c, d1 | 1 << (row + c), d2 | 1 << (row - c + n))
    return count


def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[x] + rest for i, x in enumerate(items) for rest in permutations(items[:i] + items[i + 1:])]


def subsets_sum(items, target):
    if target == 0:
        return 1
    if not items or target < 0:
        return 0
    return subsets_sum(items[1:], target - items[0]) + subsets_sum(items[1:], target)


def walk(obj, depth=0):
    if isinstance(obj, dict):
        return sum(walk(v, depth + 1) for v in obj.values()) + len(obj)
    if isinstance(obj, list):
        return sum(walk(v, depth + 1) for v in obj)
    return depth


def nest(k):
    return {"leaf": k} if k == 0 else {"a": [nest(k - 1), k], "b": nest(k - 1) if k % 2 else k}


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


tree = build(D)
print("tree", check(tree), height(tree), sum(inorder(tree, [])) % 1000003)
print("queens", [queens(n) for n in range(4, 4 + D // 2)])
perms = permutations(list(range(min(D // 2, 8))))
print("permutations", len(perms), perms[-1], sum(p[0] * p[-1] for p in perms))
print("subset sums", subsets_sum(list(range(1, D + 6)), 3 * D))
print("walk", walk(nest(D)))
print("ackermann", ackermann(2, 3), ackermann(3, min(D // 3, 5)))
print("mutual", is_even(400), is_odd(401), is_even(D))
