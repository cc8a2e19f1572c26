# Recursive tree traversals with yield from: preorder, postorder, leaves, paths and level order
from collections import deque

class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def preorder(self):
        yield self.name
        for c in self.children:
            yield from c.preorder()

    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.name

    def leaves(self):
        if not self.children:
            yield self.name
        for c in self.children:
            yield from c.leaves()

    def paths(self, prefix=()):
        here = prefix + (self.name,)
        if not self.children:
            yield "/".join(here)
        for c in self.children:
            yield from c.paths(here)

    def levels(self):
        q = deque([(self, 0)])
        while q:
            node, depth = q.popleft()
            yield depth, node.name
            q.extend((c, depth + 1) for c in node.children)

    def __iter__(self):
        return self.preorder()

tree = Node("root",
            Node("etc", Node("hosts"), Node("nginx", Node("nginx.conf"), Node("sites"))),
            Node("home", Node("ana", Node("notes.txt"), Node("photos", Node("a.jpg"), Node("b.jpg")))),
            Node("tmp"))

print("preorder: ", " ".join(tree.preorder()))
print("postorder:", " ".join(tree.postorder()))
print("leaves:   ", list(tree.leaves()))
for p in tree.paths():
    print("  /" + p)
by_level = {}
for depth, name in tree.levels():
    by_level.setdefault(depth, []).append(name)
for d, names in by_level.items():
    print(f"level {d}: {names}")
print("count via iter:", sum(1 for _ in tree), "has 'sites':", "sites" in tree)

def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

print("flatten:", list(flatten([1, [2, (3, [4, 5]), []], [[[6]]], 7])))
