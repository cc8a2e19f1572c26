# Functional pipelines with map/filter/zip over sensor readings, compared with comprehension equivalents
readings = """
sensor-a,21.5,ok
sensor-b,-999,fault
sensor-c,19.0,ok
sensor-a,22.1,ok
sensor-d,abc,ok
sensor-b,20.4,ok
sensor-c,18.7,ok
"""

def parse(line):
    name, value, status = line.split(",")
    try:
        return name, float(value), status
    except ValueError:
        return name, None, "unparseable"

lines = filter(None, map(str.strip, readings.splitlines()))
parsed = list(map(parse, lines))
good = list(filter(lambda r: r[2] == "ok" and r[1] is not None, parsed))
print("good readings:", len(good), "of", len(parsed))
fahrenheit = list(map(lambda r: (r[0], round(r[1] * 9 / 5 + 32, 1)), good))
print("fahrenheit:", fahrenheit)
comprehension = [(n, round(v * 9 / 5 + 32, 1)) for n, v, s in parsed if s == "ok" and v is not None]
print("same as comprehension:", fahrenheit == comprehension)
print("bad:", [r for r in parsed if r not in good])

a = [1, 2, 3, 4]
b = [10, 20, 30, 40]
print("pairwise sums:", list(map(lambda x, y: x + y, a, b)))
print("map with 3 iterables:", list(map(lambda x, y, z: x * y - z, a, b, [5, 5, 5])))
print("map stops at shortest:", list(map(pow, [2, 3, 4], [5, 2])))
print("str join of map:", "-".join(map(str, range(5))))
print("filter None keeps truthy:", list(filter(None, [0, 1, "", "x", None, [], [0]])))
lazy = map(print, ["not printed yet"])
print("map is lazy; now consuming:")
list(lazy)
names = ["ana", "Ben", "chloe", "DAN"]
print("capitalized long names:", list(map(str.capitalize, filter(lambda s: len(s) > 3, names))))
by_sensor = {}
for name, value in map(lambda r: r[:2], good):
    by_sensor.setdefault(name, []).append(value)
print("averages:", {k: round(sum(v) / len(v), 2) for k, v in sorted(by_sensor.items())})
