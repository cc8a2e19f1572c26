# deque with maxlen for moving averages, tail of log lines, and rotate for round-robin
from collections import deque

readings = [12, 15, 11, 20, 22, 19, 25, 30, 28, 18]
window = deque(maxlen=3)
for r in readings:
    window.append(r)
    if len(window) == window.maxlen:
        print(f"window={list(window)} avg={sum(window) / len(window):.2f}")

log = """start
load config
connect db
query users
query orders
close db
shutdown""".splitlines()
tail = deque(log, maxlen=3)
print("tail:", list(tail))

workers = deque(["w1", "w2", "w3"])
assignments = []
for job in range(7):
    assignments.append((job, workers[0]))
    workers.rotate(-1)
print(assignments)
workers.rotate(2)
print("after rotate(2):", workers)

d = deque(range(5))
d.appendleft(-1)
d.extendleft([-3, -2])
print(d, d.popleft(), d.pop())
print(d.index(2), d.count(0), d[2])
d.remove(0)
d.reverse()
print(d)
bounded = deque([1, 2, 3], maxlen=3)
bounded.appendleft(0)
print(bounded)
