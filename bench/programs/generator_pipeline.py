# Lazy data pipelines: generator functions, yield from, generator expressions, itertools.
import itertools
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000


def readings(n):
    s = 3
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        yield "sensor%d,%d,%s" % (s % 8, i, "NaN" if s % 97 == 0 else str(((s >> 8) % 4000 - 1000) / 10))


def parse(lines):
    for line in lines:
        name, ts, value = line.split(",")
        if value != "NaN":
            yield name, int(ts), float(value)


def only(sensor_names, rows):
    wanted = set(sensor_names)
    return (r for r in rows if r[0] in wanted)


def windows(rows, size):
    buf = []
    for r in rows:
        buf.append(r[2])
        if len(buf) == size:
            yield sum(buf) / size, min(buf), max(buf)
            buf = []
    if buf:
        yield sum(buf) / len(buf), min(buf), max(buf)


def chain_all(*sources):
    for src in sources:
        yield from src


def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
            yield v


rows = list(parse(readings(N)))
print("rows", len(rows))
stats = list(windows(only(["sensor1", "sensor3", "sensor5"], rows), 50))
print("windows", len(stats), "first %.3f %.1f %.1f" % stats[0], "last %.3f" % stats[-1][0])
print("records", len(list(running_max(r[2] for r in rows))), max(r[2] for r in rows))
by_sensor = {k: sum(1 for _ in g) for k, g in itertools.groupby(sorted(r[0] for r in rows))}
print("groupby", sorted(by_sensor.items()))
acc = list(itertools.accumulate(int(r[2]) for r in itertools.islice(rows, 0, None, 97)))
print("accumulate", len(acc), acc[-1], acc[:5])
pairs = sum(1 for a, b in zip(rows, rows[1:]) if a[0] == b[0])
print("same sensor pairs", pairs)
combo = list(itertools.islice(chain_all(range(3), "ab", (x * x for x in range(4))), 8))
print("chained", combo)
print("product", sum(a * b for a, b in itertools.product(range(30), repeat=2)),
      list(itertools.combinations("abcd", 2))[:4], next(itertools.dropwhile(lambda r: r[2] < 290, rows), None))
