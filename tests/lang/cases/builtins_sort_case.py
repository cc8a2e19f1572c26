# list.sort / sorted: stable, key called once, reverse keeps stability, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [(1, 'b'), (0, 'a'), (1, 'a'), (2, 'c'), (0, 'z'), (1, 'c')]
print(sorted(data, key=lambda x: x[0]))
print(sorted(data, key=lambda x: x[0], reverse=True))
print(sorted(data))
print(sorted(data, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'kiwi']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
calls = []
def k(x):
    calls.append(x)
    return -x
l = [3, 1, 2, 5, 4]
l.sort(key=k)
print(l, calls)
seed = 12345
big = []
for _ in range(2000):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    big.append(seed % 51)
pairs = [(v, i) for i, v in enumerate(big)]
s1 = sorted(pairs, key=lambda p: p[0])
print(s1 == sorted(pairs), s1[:5], s1[-3:])
s2 = sorted(pairs, key=lambda p: p[0], reverse=True)
print(s2 == sorted(pairs, key=lambda p: (-p[0], p[1])), s2[:3])
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big, reverse=True)[:10])
print(sorted(range(100, 0, -1))[:5], sorted([3.5, -1.0, float('inf'), 2.25, -0.0, 0.0]))
print(sorted(['b', 'a', 'A', '', 'ab', 'aa']), sorted([b'b', b'a', b'']), sorted([[2], [1, 2], [1]]))
print(sorted([10 ** 20, -5, 3, 2 ** 70, 0.5, True]))
print(sorted({3: 'a', 1: 'b', 2: 'c'}), sorted('hello'), sorted((5, 2, 8)), sorted({4, 1, 3}))
try:
    sorted([1, 'a', 2])
except TypeError:
    print('TypeError')
try:
    sorted([3, 2, 1], key=lambda x: 1 / (x - 2))
except ZeroDivisionError:
    print('ZeroDivisionError')
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print('ZeroDivisionError', l)
l = [3, 1, 'x', 2]
try:
    l.sort()
except TypeError as e:
    print('TypeError', sorted(l, key=str))
show(lambda: sorted())
show(lambda: sorted([1], [2]))
show(lambda: sorted([2, 1], reverse=1))
show(lambda: sorted([2, 1], key=None))
l = [5, 4, 3]
def bad(x):
    l.append(x)
    return x
show(lambda: l.sort(key=bad))
print(l)
seen = []
l = [2, 1]
l.sort(key=lambda x: seen.append(len(l)) or x)
print(seen, l)
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'P(%d)' % self.v
print(sorted([P(3), P(1), P(2)]), max([P(3), P(1)], key=lambda p: p.v), min(P(5), P(4)))
print(sorted([(1, 2), (1, 1), (0, 5)], key=lambda t: t[0]))
l = list(range(10))
l.sort(key=lambda x: x % 3)
print(l)
l.sort(key=lambda x: x % 3, reverse=True)
print(l)
