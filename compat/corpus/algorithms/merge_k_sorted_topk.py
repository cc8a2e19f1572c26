# heapq utilities: merging k sorted log streams, top-k with nlargest/nsmallest, running median with two heaps
import heapq
import random

random.seed(5)
servers = {}
for name in ["api", "db", "cache", "worker"]:
    t = 0
    events = []
    for _ in range(random.randint(3, 6)):
        t += random.randint(1, 40)
        events.append((t, name, random.choice(["INFO", "WARN", "ERROR"])))
    servers[name] = events

merged = list(heapq.merge(*servers.values()))
print("merged events:", len(merged))
for ts, name, level in merged[:10]:
    print(f"  t={ts:4d} {name:6s} {level}")
print("sorted correctly:", merged == sorted(merged))

def merge_manual(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        val, i, j = heapq.heappop(heap)
        out.append(val)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return out

lists = [[1, 4, 9], [2, 3, 10, 11], [], [0, 5]]
print("manual merge:", merge_manual(lists))

scores = {f"player{i:02d}": random.randint(100, 999) for i in range(20)}
print("top 3:", heapq.nlargest(3, scores.items(), key=lambda kv: kv[1]))
print("bottom 3:", heapq.nsmallest(3, scores, key=scores.get))

class RunningMedian:
    def __init__(self):
        self.low, self.high = [], []
    def add(self, x):
        heapq.heappush(self.low, -x)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))
    def median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2

rm = RunningMedian()
stream = [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]
meds = []
for x in stream:
    rm.add(x)
    meds.append(rm.median())
print("running medians:", meds)
h = [7, 2, 9, 4]
heapq.heapify(h)
print("pushpop:", heapq.heappushpop(h, 1), "replace:", heapq.heapreplace(h, 8), "heap:", sorted(h))
