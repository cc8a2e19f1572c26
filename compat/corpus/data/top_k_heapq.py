# Keep the top-k largest transactions and merge sorted feeds with heapq
import heapq

transactions = [
    ("t01", 250.0), ("t02", 19.99), ("t03", 1200.0), ("t04", 85.5), ("t05", 999.99),
    ("t06", 1200.0), ("t07", 4.25), ("t08", 310.0), ("t09", 77.7), ("t10", 640.0),
]

print("Top 3 by amount:", heapq.nlargest(3, transactions, key=lambda t: t[1]))
print("Bottom 2 by amount:", heapq.nsmallest(2, transactions, key=lambda t: t[1]))

# streaming top-k with a bounded min-heap
k = 4
heap: list[tuple[float, str]] = []
for tid, amount in transactions:
    if len(heap) < k:
        heapq.heappush(heap, (amount, tid))
    elif amount > heap[0][0]:
        heapq.heapreplace(heap, (amount, tid))
print("Streaming top-4:", sorted(heap, reverse=True))

feed_a = [1, 4, 9, 15, 22]
feed_b = [2, 3, 10, 30]
feed_c = [5, 6, 7]
print("Merged feeds:", list(heapq.merge(feed_a, feed_b, feed_c)))

tasks = [(3, "write report"), (1, "fix prod bug"), (2, "review PR"), (1, "answer pager")]
heapq.heapify(tasks)
while tasks:
    prio, name = heapq.heappop(tasks)
    print(f"  p{prio}: {name}")
