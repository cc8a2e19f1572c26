# Priority task scheduler with heapq, tie-breaking counter and lazy cancellation
import heapq
import itertools


class Scheduler:
    REMOVED = "<removed>"

    def __init__(self):
        self.pq = []
        self.entries = {}
        self.counter = itertools.count()

    def add(self, task, priority=0):
        if task in self.entries:
            self.cancel(task)
        entry = [priority, next(self.counter), task]
        self.entries[task] = entry
        heapq.heappush(self.pq, entry)

    def cancel(self, task):
        entry = self.entries.pop(task)
        entry[-1] = self.REMOVED

    def pop(self):
        while self.pq:
            priority, _, task = heapq.heappop(self.pq)
            if task is not self.REMOVED:
                del self.entries[task]
                return priority, task
        raise KeyError("pop from empty scheduler")

    def __len__(self):
        return len(self.entries)


s = Scheduler()
s.add("write report", 3)
s.add("fix bug", 1)
s.add("coffee", 5)
s.add("review PR", 1)
s.add("deploy", 2)
s.add("coffee", 0)  # reprioritise
s.cancel("write report")
print("pending:", len(s))
while True:
    try:
        prio, task = s.pop()
    except KeyError as e:
        print("done:", e)
        break
    print(f"p{prio}: {task}")

# simulated timeline of recurring jobs
events = [(0, "backup", 5), (0, "metrics", 2), (1, "cleanup", 4)]
heapq.heapify(events)
log = []
while events and len(log) < 10:
    t, name, every = heapq.heappop(events)
    log.append(f"{t}:{name}")
    heapq.heappush(events, (t + every, name, every))
print(" ".join(log))
