# Normalise feature columns with min-max and z-score scaling; a constant column blows up
import statistics

rows = [
    {"id": "a", "height": 170.0, "weight": 65.0, "age": 34, "batch": 1},
    {"id": "b", "height": 182.5, "weight": 88.2, "age": 45, "batch": 1},
    {"id": "c", "height": 158.0, "weight": 51.5, "age": 22, "batch": 1},
    {"id": "d", "height": 175.2, "weight": 79.9, "age": 51, "batch": 1},
]

def minmax(values):
    lo, hi = min(values), max(values)
    return [(v - lo) / (hi - lo) for v in values]

def zscore(values):
    mu, sd = statistics.mean(values), statistics.stdev(values)
    return [(v - mu) / sd for v in values]

features = ["height", "weight", "age"]
for f in features:
    col = [r[f] for r in rows]
    mm = minmax(col)
    zs = zscore(col)
    print(f"{f:<7} raw={col}")
    print(f"{'':<7} minmax=[{', '.join(f'{x:.3f}' for x in mm)}]")
    print(f"{'':<7} z=[{', '.join(f'{x:+.3f}' for x in zs)}]")

scaled = [{f: v for f, v in zip(features, vals)} for vals in zip(*(minmax([r[f] for r in rows]) for f in features))]
for r, s in zip(rows, scaled):
    print(r["id"], {k: round(v, 2) for k, v in s.items()}, "score:", round(sum(s.values()) / len(s), 3))

print("now scaling the constant 'batch' column...")
print(minmax([r["batch"] for r in rows]))
