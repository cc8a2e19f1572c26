import heapq

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heappushpop(h, 7), heapq.heapreplace(h, 4), sorted(h))
data = [("b", 3), ("a", 9), ("c", 1), ("d", 9)]
print(heapq.nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3]), heapq.nlargest(3, data, key=lambda p: p[1]))
print(heapq.nsmallest(0, [1]), heapq.nlargest(10, [2, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([], [1], [])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge(["bb", "c"], ["a", "dddd"], key=len)))
print(list(heapq.merge([(1, "x")], [(1, "y")], key=lambda t: t[0])))
