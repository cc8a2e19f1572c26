# Task scheduler using order=True dataclasses on a heapq priority queue
import heapq
from dataclasses import dataclass, field
from itertools import count

_seq = count()


@dataclass(order=True)
class Task:
    priority: int
    run_at: int
    seq: int = field(default_factory=lambda: next(_seq))
    name: str = field(default="", compare=False)
    retries: int = field(default=0, compare=False)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.clock = 0
        self.log = []

    def submit(self, name, priority=5, delay=0):
        task = Task(priority, self.clock + delay, name=name)
        heapq.heappush(self.queue, task)
        return task

    def run(self, fail=()):
        while self.queue:
            task = heapq.heappop(self.queue)
            self.clock = max(self.clock, task.run_at) + 1
            if task.name in fail and task.retries < 2:
                task.retries += 1
                task.run_at = self.clock + 2
                task.priority += 1
                heapq.heappush(self.queue, task)
                self.log.append(f"t={self.clock:<2} {task.name} failed (retry {task.retries})")
                continue
            self.log.append(f"t={self.clock:<2} {task.name} done (p={task.priority})")


s = Scheduler()
s.submit("backup", priority=3)
s.submit("email", priority=1)
s.submit("report", priority=3)
s.submit("cleanup", priority=9, delay=1)
s.submit("sync", priority=1, delay=5)
print(sorted(s.queue)[0], len(s.queue))
s.run(fail={"report"})
print("\n".join(s.log))
print(Task(1, 0, 99, "a") < Task(1, 0, 100, "b"), Task(2, 0, 0) > Task(1, 9, 9))
print(Task(1, 1, 1, "x") == Task(1, 1, 1, "y"))
