# graphlib (CPython's module): TopologicalSorter's static_order, the prepare/get_ready/done
# protocol, cycles, and misuse.
from graphlib import TopologicalSorter, CycleError

graph = {"deploy": ["build", "test"], "test": ["build"], "build": ["fetch"], "docs": []}
print(list(TopologicalSorter(graph).static_order()))
print(tuple(TopologicalSorter({3: [1, 2], 2: [1], 4: [3, 2]}).static_order()))

ts = TopologicalSorter()
ts.add("c", "a", "b")
ts.add("b", "a")
ts.add("a")
ts.add("d", "a")
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))

try:
    list(TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"]}).static_order())
except CycleError as e:
    print(type(e).__name__, e.args[0], e.args[1], isinstance(e, ValueError))

ts = TopologicalSorter({"x": ["y"]})
for call in (lambda: ts.get_ready(), lambda: ts.done("x"), lambda: ts.is_active()):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
ts.prepare()
for call in (lambda: ts.prepare(), lambda: ts.add("z"), lambda: ts.done("x"), lambda: ts.done("nope")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(ts.get_ready(), ts.get_ready())
ts.done("y")
try:
    ts.done("y")
except ValueError as e:
    print("ValueError", e)
print(ts.get_ready(), ts.is_active())
try:
    TopologicalSorter().add([1], 2)
except TypeError as e:
    print("TypeError", e)
print(TopologicalSorter[int])
