# A fixed pool of worker tasks drains a job queue; workers are cancelled after join()
import asyncio
import hashlib


async def worker(name, queue, results):
    while True:
        job_id, text = await queue.get()
        await asyncio.sleep(0.001 * (len(text) % 3))
        digest = hashlib.sha256(text.encode()).hexdigest()[:12]
        results[job_id] = (name, digest)
        queue.task_done()


async def main():
    texts = ["hello", "world", "asyncio", "queue", "worker", "pool", "digest", "done", "x"]
    queue = asyncio.Queue()
    for i, t in enumerate(texts):
        queue.put_nowait((i, t))
    results = {}
    workers = [asyncio.create_task(worker(f"w{n}", queue, results)) for n in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", all(isinstance(o, asyncio.CancelledError) for o in outcome))
    for job_id in sorted(results):
        print(f"job {job_id}: {texts[job_id]:<8} sha256[:12]={results[job_id][1]}")
    print("jobs processed:", len(results))


asyncio.run(main())
