# Schedule tasks by priority with dependency resolution (topological sort) and durations
from graphlib import TopologicalSorter

tasks = {
    "fetch_data": {"deps": [], "hours": 2, "priority": 2},
    "clean_data": {"deps": ["fetch_data"], "hours": 3, "priority": 1},
    "train_model": {"deps": ["clean_data", "setup_gpu"], "hours": 5, "priority": 1},
    "setup_gpu": {"deps": [], "hours": 1, "priority": 3},
    "write_docs": {"deps": [], "hours": 2, "priority": 5},
    "evaluate": {"deps": ["train_model"], "hours": 1, "priority": 1},
    "publish": {"deps": ["evaluate", "write_docs"], "hours": 1, "priority": 2},
}

ts = TopologicalSorter({name: t["deps"] for name, t in tasks.items()})
ts.prepare()
order = []
finish = {}
while ts.is_active():
    ready = sorted(ts.get_ready(), key=lambda n: (tasks[n]["priority"], n))
    for name in ready:
        start = max((finish[d] for d in tasks[name]["deps"]), default=0)
        finish[name] = start + tasks[name]["hours"]
        order.append(name)
        print(f"{name:<12} p{tasks[name]['priority']}  start={start:>2}h  end={finish[name]:>2}h")
        ts.done(name)

print("\nExecution order:", " -> ".join(order))
print("Critical path length:", max(finish.values()), "hours")
print("Sequential total:", sum(t["hours"] for t in tasks.values()), "hours")
leaves = sorted(n for n in tasks if not any(n in t["deps"] for t in tasks.values()))
print("Final deliverables:", leaves)
