import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(b, c)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
shared = [0]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags


p = Point(1, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
print(type(q).__name__, q.x, q.tags, r.tags)


class Custom:
    def __init__(self):
        self.n = 0

    def __copy__(self):
        c = Custom()
        c.n = self.n + 1
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.n = self.n + 10
        return c


print(copy.copy(Custom()).n, copy.deepcopy(Custom()).n, sorted(copy.copy({1, 2})), copy.deepcopy(bytearray(b"x")))
