# Containers compare an object with itself before asking ==, as CPython; == itself asks.
import collections

x = float("nan")
y = float("nan")
print(x == x, x != x, x in [x], y in [x], [x] == [x], [x] == [y], (x,) == (x,), [x].count(x), [x, 1].index(x))
print(x in (x,), x in {x}, x in {x: 1}, {x: 1} == {x: 1}, x in collections.deque([x]), collections.deque([x]).count(x))
l = [1, x, 2]
l.remove(x)
print(l, [y, x].index(x), {x: 1}.get(x), {x: 1}.get(y))


class Never:
    def __eq__(self, other):
        return False

    def __hash__(self):
        return 7


n = Never()
print(n == n, n in [n], [n] == [n], n in {n}, [n].count(n))
