# Keep log lines short with reprlib.Repr limits and recursive_repr for self-referencing containers
import reprlib

big_list = list(range(1000))
big_dict = {f"key{i}": i * i for i in range(50)}
long_text = "lorem ipsum dolor sit amet " * 20
nested = [[[[[1, 2]]]]]

print(reprlib.repr(big_list))
print(reprlib.repr(big_dict))
print(reprlib.repr(long_text))
print(reprlib.repr(nested))
print(reprlib.repr(set(range(20))))
print(reprlib.repr(tuple("abcdefghij")))
print(reprlib.repr(b"\x00" * 100))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 20
r.maxdict = 2
r.maxlevel = 2
print(r.repr(big_list))
print(r.repr(long_text))
print(r.repr(big_dict))
print(r.repr({"outer": {"inner": {"deep": 1}}}))
r.maxlong = 12
print(r.repr(2 ** 200))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(root)
print(root)


class ShortRepr(reprlib.Repr):
    def repr_str(self, obj, level):
        return repr(obj[:8] + "…") if len(obj) > 8 else repr(obj)


print(ShortRepr().repr(["short", "a much longer string"]))
