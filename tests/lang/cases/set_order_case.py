# Sets iterate and print in CPython's order (guest/patches/0066): literals, set(), add,
# growth, deletion, the operators and methods, pop.
print({3, 1, 2}, {5, 3, 1, 100, 2}, set([10, 20, 30, 40, 50, 60]), set((-1, -2, 7, 8)))
s = set()
for v in [17, 4, 99, 23, 8, 15, 42, 16, 1, 1000, 64, -5]:
    s.add(v)
print(s, len(s))
print(set(range(20, 0, -3)), set([100, 200, 300, 7]), frozenset({9, 8, 7}))
print({(1, 2), (3, 4), (0, 0)}, {1.5, 2.25, 3.0, 1}, {True, 2, 3.0})
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
b = {8, 9, 10, 11, 12, 13}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([20, 30], (40,)), a.intersection(b, {9, 10}), a.difference({1}, [2]))
print(a.symmetric_difference([1, 50]), b.issubset(a), {8, 9} < b)
c = set(a)
c -= {2, 4, 6}
c |= {77, 78}
c &= {1, 3, 77, 78, 9, 500}
c ^= {1, 1000}
print(c)
d = set(range(50))
for i in range(0, 50, 3):
    d.discard(i)
print(d)
e = {40, 10, 30, 20}
out = []
while e:
    out.append(e.pop())
print(out)
f = set("x")
f.update(range(12))
print(len(f), sorted(f, key=str)[:3])
print({frozenset({1, 2}), frozenset({3})}, hash(frozenset()) == hash(frozenset([])))
g = {1, 2, 3}
try:
    for x in g:
        g.add(x + 10)
except RuntimeError as ex:
    print("RuntimeError", ex)
print({1} in {frozenset({1})}, frozenset([1, 2]) == {2, 1}, set() == frozenset())
words = ["banana", "apple", "cherry"]
print(sorted({w[0] for w in words}), {len(w) for w in words})
