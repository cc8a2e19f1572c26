# Transpose a table of rows into columns with zip(*rows) and compute column stats
rows = [
    ["city", "jan", "feb", "mar", "apr"],
    ["Oslo", -4.3, -4.0, -0.2, 4.5],
    ["Rome", 7.5, 8.6, 11.0, 13.8],
    ["Cairo", 14.0, 15.3, 17.8, 21.3],
    ["Lima", 22.7, 23.4, 23.0, 21.3],
]

header, *data = rows
columns = list(zip(*data))
cities, *months = columns
print("Cities:", cities)
for name, col in zip(header[1:], months):
    print(f"{name}: min={min(col):6.1f} max={max(col):6.1f} mean={sum(col) / len(col):6.2f}")

transposed = [list(r) for r in zip(*rows)]
width = 8
for r in transposed:
    print("".join(f"{str(v):>{width}}" for v in r))

back = [list(r) for r in zip(*transposed)]
print("round trip ok:", back == rows)
spread = {c: round(max(vals) - min(vals), 1) for c, *vals in data}
print("Annual spread:", spread)
