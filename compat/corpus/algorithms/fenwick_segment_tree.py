# Fenwick tree (BIT) and segment tree for range sums/min with point updates, checked against brute force
import random

class Fenwick:
    def __init__(self, n):
        self.n = n
        self.tree = [0] * (n + 1)
    def add(self, i, delta):
        i += 1
        while i <= self.n:
            self.tree[i] += delta
            i += i & -i
    def prefix(self, i):
        s = 0
        while i > 0:
            s += self.tree[i]
            i -= i & -i
        return s
    def range_sum(self, lo, hi):
        return self.prefix(hi) - self.prefix(lo)

class SegmentTree:
    def __init__(self, data, func=min, identity=float("inf")):
        self.size = 1
        while self.size < len(data):
            self.size *= 2
        self.func, self.identity = func, identity
        self.tree = [identity] * (2 * self.size)
        self.tree[self.size:self.size + len(data)] = data
        for i in range(self.size - 1, 0, -1):
            self.tree[i] = func(self.tree[2 * i], self.tree[2 * i + 1])
    def update(self, i, value):
        i += self.size
        self.tree[i] = value
        while i > 1:
            i //= 2
            self.tree[i] = self.func(self.tree[2 * i], self.tree[2 * i + 1])
    def query(self, lo, hi):
        res = self.identity
        lo += self.size; hi += self.size
        while lo < hi:
            if lo & 1:
                res = self.func(res, self.tree[lo]); lo += 1
            if hi & 1:
                hi -= 1; res = self.func(res, self.tree[hi])
            lo //= 2; hi //= 2
        return res

random.seed(2023)
n = 50
data = [random.randint(-20, 50) for _ in range(n)]
fw = Fenwick(n)
for i, v in enumerate(data):
    fw.add(i, v)
st = SegmentTree(data)
mx = SegmentTree(data, max, float("-inf"))
errors = 0
for step in range(300):
    if step % 3 == 0:
        i, v = random.randrange(n), random.randint(-20, 50)
        fw.add(i, v - data[i]); st.update(i, v); mx.update(i, v)
        data[i] = v
    lo = random.randrange(n); hi = random.randrange(lo + 1, n + 1)
    if (fw.range_sum(lo, hi), st.query(lo, hi), mx.query(lo, hi)) != (sum(data[lo:hi]), min(data[lo:hi]), max(data[lo:hi])):
        errors += 1
print("operations checked: 300, errors:", errors)
print("total sum:", fw.prefix(n), "global min:", st.query(0, n), "global max:", mx.query(0, n))
print("sum[10:20]:", fw.range_sum(10, 20), "min[10:20]:", st.query(10, 20), "data:", data[10:20])
print("prefix sums every 10:", [fw.prefix(i) for i in range(0, n + 1, 10)])
