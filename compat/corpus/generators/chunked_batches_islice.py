# Batching iterables without itertools.batched: islice-based chunks used for bulk inserts and paging
from itertools import islice

def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

def chunk_by_weight(items, max_weight, weight=len):
    batch, total = [], 0
    for item in items:
        w = weight(item)
        if batch and total + w > max_weight:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += w
    if batch:
        yield batch

rows = [{"id": i, "name": f"user{i}"} for i in range(1, 12)]
executed = []
for batch in batched(rows, 4):
    ids = [r["id"] for r in batch]
    sql = f"INSERT INTO users VALUES {', '.join(f'({i})' for i in ids)}"
    executed.append(sql)
    print(sql)
print("statements:", len(executed))
print("batched range:", list(batched(range(10), 3)))
print("batched empty:", list(batched([], 5)))
try:
    next(batched("abc", 0))
except ValueError as e:
    print("ValueError:", e)

messages = ["hello", "this is a longer message", "ok", "short", "another fairly long one", "x", "bye"]
for i, b in enumerate(chunk_by_weight(messages, 30), 1):
    print(f"packet {i}: {b} ({sum(map(len, b))} chars)")

def pages(total_items, per_page):
    for start in range(0, total_items, per_page):
        yield start // per_page + 1, range(start, min(start + per_page, total_items))

for page, idx in pages(23, 10):
    print(f"page {page}: items {idx.start}..{idx.stop - 1} ({len(idx)})")
stream = iter(range(100))
heads = [list(islice(stream, 3)) for _ in range(3)]
print("consuming same iterator:", heads, "next left:", next(stream))
