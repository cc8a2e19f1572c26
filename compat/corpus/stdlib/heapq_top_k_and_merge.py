# Use heapq for top-k queries with key functions and merging sorted log streams
import heapq

products = [
    {"sku": "A1", "price": 19.99, "rating": 4.5},
    {"sku": "B2", "price": 5.49, "rating": 3.9},
    {"sku": "C3", "price": 99.00, "rating": 4.8},
    {"sku": "D4", "price": 42.10, "rating": 4.1},
    {"sku": "E5", "price": 0.99, "rating": 2.5},
    {"sku": "F6", "price": 42.10, "rating": 4.9},
]

print("3 priciest:", [p["sku"] for p in heapq.nlargest(3, products, key=lambda p: p["price"])])
print("2 cheapest:", [p["sku"] for p in heapq.nsmallest(2, products, key=lambda p: p["price"])])
print("best rated:", heapq.nlargest(1, products, key=lambda p: p["rating"])[0]["sku"])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))

server_a = [(1, "a", "boot"), (4, "a", "req /"), (9, "a", "req /api")]
server_b = [(2, "b", "boot"), (3, "b", "req /x"), (10, "b", "shutdown")]
server_c = [(5, "c", "boot"), (6, "c", "error")]
for ts, host, msg in heapq.merge(server_a, server_b, server_c):
    print(f"t={ts:>2} [{host}] {msg}")

desc = list(heapq.merge([9, 7, 3], [8, 4, 1], reverse=True))
print("merged desc:", desc)
by_len = list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len))
print("merged by len:", by_len)

h = []
for n in [7, 2, 9, 4, 1]:
    heapq.heappush(h, n)
print("heap root:", h[0], "pop:", heapq.heappop(h), "pushpop:", heapq.heappushpop(h, 3))
print("replace:", heapq.heapreplace(h, 10), sorted(h))
data = [5, 3, 8, 1]
heapq.heapify(data)
print([heapq.heappop(data) for _ in range(len(data))])
