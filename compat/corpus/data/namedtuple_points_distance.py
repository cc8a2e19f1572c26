# Use namedtuples for delivery stops and compute route distances
from collections import namedtuple
from math import hypot
from itertools import permutations

Stop = namedtuple("Stop", ["name", "x", "y"])
depot = Stop("Depot", 0, 0)
stops = [Stop("Bakery", 2, 3), Stop("Library", 5, 1), Stop("School", 1, 6), Stop("Clinic", 6, 5)]

def dist(a: Stop, b: Stop) -> float:
    return hypot(a.x - b.x, a.y - b.y)

def route_length(route):
    path = [depot, *route, depot]
    return sum(dist(a, b) for a, b in zip(path, path[1:]))

print(stops[0])
print(stops[0]._asdict())
moved = stops[0]._replace(x=3)
print("moved:", moved)

best = min(permutations(stops), key=route_length)
print("Best route:", " -> ".join(s.name for s in (depot, *best, depot)))
print(f"Length: {route_length(best):.3f}")
naive = route_length(stops)
print(f"Input order length: {naive:.3f} (saves {naive - route_length(best):.3f})")
nearest = sorted(stops, key=lambda s: dist(depot, s))
for s in nearest:
    name, x, y = s
    print(f"  {name:<8} at ({x},{y}) is {dist(depot, s):.2f} from depot")
