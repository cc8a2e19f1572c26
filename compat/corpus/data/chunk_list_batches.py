# Split work items into fixed-size batches and distribute them round-robin to workers
from itertools import islice, cycle

def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

items = [f"job-{i:02d}" for i in range(1, 18)]
batches = list(batched(items, 5))
print(f"{len(items)} items -> {len(batches)} batches")
for i, b in enumerate(batches):
    print(f"  batch {i}: {', '.join(b)}")

workers = {"w1": [], "w2": [], "w3": []}
for worker, batch in zip(cycle(workers), batches):
    workers[worker].extend(batch)
for w, jobs in workers.items():
    print(f"{w}: {len(jobs)} jobs, first={jobs[0] if jobs else None}, last={jobs[-1] if jobs else None}")

# slicing-based chunking gives the same thing for lists
chunks = [items[i:i + 5] for i in range(0, len(items), 5)]
print("slice chunks equal:", [tuple(c) for c in chunks] == batches)
print("sizes:", [len(c) for c in chunks])
