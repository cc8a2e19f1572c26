# Floyd-Warshall all-pairs shortest paths with path reconstruction and negative-cycle check
INF = float("inf")

def floyd_warshall(n, edges):
    dist = [[0 if i == j else INF for j in range(n)] for i in range(n)]
    nxt = [[j if i == j else None for j in range(n)] for i in range(n)]
    for u, v, w in edges:
        if w < dist[u][v]:
            dist[u][v] = w
            nxt[u][v] = v
    for k in range(n):
        for i in range(n):
            dik = dist[i][k]
            if dik == INF:
                continue
            for j in range(n):
                if dik + dist[k][j] < dist[i][j]:
                    dist[i][j] = dik + dist[k][j]
                    nxt[i][j] = nxt[i][k]
    return dist, nxt

def path(nxt, u, v):
    if nxt[u][v] is None:
        return []
    p = [u]
    while u != v:
        u = nxt[u][v]
        p.append(u)
    return p

names = ["A", "B", "C", "D", "E"]
edges = [(0, 1, 3), (0, 2, 8), (0, 4, -4), (1, 3, 1), (1, 4, 7), (2, 1, 4), (3, 0, 2), (3, 2, -5), (4, 3, 6)]
dist, nxt = floyd_warshall(5, edges)
print("     " + "".join(f"{n:>5}" for n in names))
for i, row in enumerate(dist):
    print(f"{names[i]:>5}" + "".join(f"{'inf' if d == INF else d:>5}" for d in row))
for u, v in [(0, 2), (2, 4), (4, 1), (3, 4)]:
    print(f"{names[u]}->{names[v]}: cost {dist[u][v]} path {'-'.join(names[x] for x in path(nxt, u, v))}")
print("negative cycle:", any(dist[i][i] < 0 for i in range(5)))
dist2, _ = floyd_warshall(3, [(0, 1, 1), (1, 2, -1), (2, 0, -1)])
print("with cycle, diagonal:", [dist2[i][i] for i in range(3)])
dist3, nxt3 = floyd_warshall(3, [(0, 1, 2)])
print("unreachable 1->0:", dist3[1][0], path(nxt3, 1, 0))
