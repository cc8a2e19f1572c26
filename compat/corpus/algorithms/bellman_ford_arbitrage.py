# Bellman-Ford shortest paths and currency arbitrage detection via negative cycles on -log(rates)
import math

def bellman_ford(nodes, edges, src):
    dist = {n: math.inf for n in nodes}
    pred = {n: None for n in nodes}
    dist[src] = 0
    for _ in range(len(nodes) - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v] - 1e-12:
                dist[v] = dist[u] + w
                pred[v] = u
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v] - 1e-12:
            x = v
            for _ in range(len(nodes)):
                x = pred[x]
            cycle, y = [x], pred[x]
            while y != x:
                cycle.append(y)
                y = pred[y]
            cycle.append(x)
            return dist, cycle[::-1]
    return dist, None

nodes = "STXYZ"
edges = [("S", "T", 6), ("S", "Y", 7), ("T", "X", 5), ("T", "Y", 8), ("T", "Z", -4),
         ("X", "T", -2), ("Y", "X", -3), ("Y", "Z", 9), ("Z", "S", 2), ("Z", "X", 7)]
dist, cycle = bellman_ford(nodes, edges, "S")
print("distances:", dist, "cycle:", cycle)

rates = {
    "USD": {"EUR": 0.92, "GBP": 0.79, "JPY": 151.2},
    "EUR": {"USD": 1.09, "GBP": 0.86, "JPY": 164.9},
    "GBP": {"USD": 1.27, "EUR": 1.17, "JPY": 192.5},
    "JPY": {"USD": 0.00662, "EUR": 0.00607, "GBP": 0.00521},
}
currencies = sorted(rates)
fx_edges = [(a, b, -math.log(r)) for a in rates for b, r in rates[a].items()]
_, cyc = bellman_ford(currencies, fx_edges, "USD")
if cyc:
    amount = 1000.0
    print("arbitrage cycle:", " -> ".join(cyc))
    for a, b in zip(cyc, cyc[1:]):
        amount *= rates[a][b]
        print(f"  {a}->{b} @ {rates[a][b]}: {amount:.4f}")
    print(f"profit on 1000: {amount - 1000:.4f}")
else:
    print("no arbitrage")
rates["EUR"]["USD"] = 1.08
rates["GBP"]["EUR"] = 1.16
rates["GBP"]["USD"] = 1.26
rates["GBP"]["JPY"] = 189.0
rates["JPY"]["EUR"] = 0.00602
rates["EUR"]["JPY"] = 162.0
rates["USD"]["JPY"] = 150.0
fx_edges = [(a, b, -math.log(r)) for a in rates for b, r in rates[a].items()]
print("after fixing rates:", bellman_ford(currencies, fx_edges, "USD")[1])
