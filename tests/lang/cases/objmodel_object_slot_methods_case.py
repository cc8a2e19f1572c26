# object's methods as class attributes bind self, as CPython's slot wrappers.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    __hash__ = object.__hash__


p = Point(1)
# (not {p, Point(1)}: equal objects whose hashes differ may share a set slot here, see
# docs/COMPATIBILITY.md)
print(type(hash(p)).__name__, hash(p) == hash(p), p == Point(1), len({p, Point(2)}), hash(p) == hash(Point(1)))


class Plain:
    show = object.__repr__
    same = object.__eq__
    name = object.__format__


q = Plain()
print(q.show().startswith("<__main__.Plain object at"), q.same(q), q.same(1), q.name("") == str(q))
print(object.__hash__(q) == hash(q), object.__repr__(q) == repr(q))
print(object.__eq__(q, q), object.__ne__(q, 1), object.__eq__(q, 1))


class Counted(int):
    __hash__ = int.__hash__

    def __eq__(self, other):
        return True


print(hash(Counted(5)), hash(Counted(-1)))


class NoHash:
    def __eq__(self, other):
        return True


try:
    hash(NoHash())
except TypeError as e:
    print(e)


class Restored(NoHash):
    __hash__ = object.__hash__


print(type(hash(Restored())).__name__)
print(object.__init__(q), object.__setattr__(q, "a", 1), q.a)
o = object.__new__(Plain)
print(type(o).__name__)
print(int.__hash__(5), int.__hash__(-1), str.__hash__("abc") == hash("abc"), tuple.__hash__((1, 2)) == hash((1, 2)))
print(float.__hash__(1.5) == hash(1.5), int.__hash__(10**30) == hash(10**30))


class Name(str):
    __hash__ = str.__hash__

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())


print(hash(Name("Ab")) == hash("Ab"), {Name("x"): 1}["x"])
