# Cooperative multitasking with generators: a round-robin scheduler with sleeps, messages and results
from collections import deque
import heapq

class Scheduler:
    def __init__(self):
        self.ready, self.sleeping, self.clock = deque(), [], 0
        self.results, self.log, self.mailboxes = {}, [], {}

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailboxes.setdefault(name, deque())

    def run(self):
        seq = 0
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock, _, name, gen = heapq.heappop(self.sleeping)
                self.ready.append((name, gen, None))
            name, gen, value = self.ready.popleft()
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"t={self.clock} {name} finished")
                continue
            match request:
                case ("sleep", ticks):
                    seq += 1
                    heapq.heappush(self.sleeping, (self.clock + ticks, seq, name, gen))
                case ("send", target, msg):
                    self.mailboxes[target].append((name, msg))
                    self.ready.append((name, gen, None))
                case ("recv",):
                    box = self.mailboxes[name]
                    if box:
                        self.ready.append((name, gen, box.popleft()))
                    else:
                        seq += 1
                        self.log.append(f"t={self.clock} {name} waiting for mail")
                        heapq.heappush(self.sleeping, (self.clock + 1, seq, name, gen))
                case _:
                    self.ready.append((name, gen, None))

def worker(name, n, delay):
    total = 0
    for i in range(n):
        total += i
        yield ("sleep", delay)
    return f"{name} total={total}"

def producer(items):
    for item in items:
        yield ("send", "consumer", item)
        yield ("sleep", 2)
    yield ("send", "consumer", None)
    return len(items)

def consumer():
    got = []
    while True:
        msg = yield ("recv",)
        if msg is None:
            continue
        sender, payload = msg
        if payload is None:
            return got
        got.append(payload)

s = Scheduler()
s.spawn("fast", worker("fast", 4, 1))
s.spawn("slow", worker("slow", 3, 3))
s.spawn("producer", producer(["a", "b", "c"]))
s.spawn("consumer", consumer())
s.run()
for line in s.log:
    print(line)
print("results:", dict(sorted(s.results.items())))
print("final clock:", s.clock)
