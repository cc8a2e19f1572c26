# collections.namedtuple fields are _collections._tuplegetter descriptors as in CPython:
# read-only ("can't set attribute"), their docs, repr and errors.
from collections import namedtuple

Pair = namedtuple("Pair", "left right")
p = Pair(1, 2)
print(p.left, p.right, Pair.left, Pair.left.__doc__, type(Pair.left).__name__)
for label, fn in (("set", lambda: setattr(p, "left", 5)), ("del", lambda: delattr(p, "left")),
                  ("new attr", lambda: setattr(p, "other", 1))):
    try:
        fn()
        print(label, "ok")
    except AttributeError as e:
        print(label, "AttributeError:", e)
try:
    Pair.left.__get__(5)
except TypeError as e:
    print("TypeError:", e)
print(Pair.left.__get__(None, Pair) is Pair.left, Pair.left.__reduce__()[1])


class Point(Pair):
    __slots__ = ()

    @property
    def total(self):
        return self.left + self.right


q = Point(3, 4)
print(q.total, q.right, q._replace(left=9), q._asdict(), isinstance(Point.left, property))
Pair.left.__doc__ = "the left side"
print(Pair.left.__doc__)
