import reprlib

print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr([1, 2, 3, 4, 5]), r.repr("abcdefghijklmnop"), r.repr(set(range(10))))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % (self.children,)


print(repr(Node()))
