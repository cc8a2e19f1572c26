# operator.length_hint and __length_hint__ of built-in iterators
import operator

for obj in (iter(range(5)), iter(range(10, 0, -3)), iter(range(0)), iter(range(5, 10, 7)),
            iter([1, 2, 3]), iter((4, 5)), iter([]), [1, 2], "abc", {1: 2}):
    print(type(obj).__name__ in ("iterator", "range_iterator", "list_iterator", "tuple_iterator"),
          operator.length_hint(obj), operator.length_hint(obj, 99))
it = iter([1, 2, 3, 4])
next(it)
print(operator.length_hint(it))
list(it)
print(operator.length_hint(it))
r = iter(range(0, 10, 3))
next(r)
print(operator.length_hint(r), list(r), operator.length_hint(r))
lst = [1, 2]
li = iter(lst)
lst.extend([3, 4, 5])
print(operator.length_hint(li))
print(operator.length_hint(x for x in range(3)), operator.length_hint(x for x in range(3)), 7)


class Hinted:
    def __length_hint__(self):
        return 12


class Bad:
    def __length_hint__(self):
        return NotImplemented


class Negative:
    def __length_hint__(self):
        return -1


class NotInt:
    def __length_hint__(self):
        return "3"


print(operator.length_hint(Hinted()), operator.length_hint(Bad(), 3))
for obj in (Negative(), NotInt()):
    try:
        operator.length_hint(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ("x", None):
    try:
        operator.length_hint([], bad)
    except TypeError as e:
        print("TypeError:", e)
