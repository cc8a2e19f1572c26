# Discrete-event simulation of a service desk: events in a heap, classes for customers
# and servers, a simple statistics collector.
import heapq
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 80000


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 25214903917 + 11) & ((1 << 48) - 1)
        return self.state >> 16

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 4294967296.0)


class Customer:
    __slots__ = ("ident", "arrival", "work", "start")

    def __init__(self, ident, arrival, work):
        self.ident, self.arrival, self.work, self.start = ident, arrival, work, None


class Server:
    def __init__(self, name, speed):
        self.name, self.speed = name, speed
        self.busy_until = 0.0
        self.served = 0
        self.busy_time = 0.0


class Stats:
    def __init__(self):
        self.n = 0
        self.total = 0.0
        self.worst = 0.0

    def add(self, x):
        self.n += 1
        self.total += x
        if x > self.worst:
            self.worst = x

    def mean(self):
        return self.total / self.n if self.n else 0.0


rng = Rng(42)
servers = [Server("s%d" % i, 0.8 + 0.1 * i) for i in range(4)]
events = []
seq = 0
t = 0.0
for i in range(N):
    t += rng.uniform(0.0, 0.62)
    heapq.heappush(events, (t, seq, "arrive", Customer(i, t, rng.uniform(0.5, 3.5))))
    seq += 1

queue = []
wait = Stats()
idle = list(servers)
now = 0.0
while events:
    now, _, kind, obj = heapq.heappop(events)
    if kind == "arrive":
        queue.append(obj)
    else:
        idle.append(obj)
    while queue and idle:
        idle.sort(key=lambda s: -s.speed)
        server = idle.pop(0)
        cust = queue.pop(0)
        cust.start = now
        wait.add(now - cust.arrival)
        duration = cust.work / server.speed
        server.busy_time += duration
        server.served += 1
        heapq.heappush(events, (now + duration, seq, "done", server))
        seq += 1

print("customers", wait.n, "end time %.3f" % now)
print("mean wait %.4f worst %.4f" % (wait.mean(), wait.worst))
for s in servers:
    print(s.name, s.served, "utilisation %.4f" % (s.busy_time / now))
