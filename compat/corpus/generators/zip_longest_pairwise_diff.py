# Comparing sequences with zip_longest and pairwise: line diffs, deltas, and table printing
from itertools import zip_longest, pairwise

old = """name: service
version: 1.4
replicas: 3
port: 8080
debug: false""".splitlines()
new = """name: service
version: 1.5
replicas: 3
port: 8081
debug: false
metrics: true""".splitlines()

for i, (a, b) in enumerate(zip_longest(old, new, fillvalue="<missing>"), 1):
    marker = " " if a == b else "~"
    print(f"{marker} {i}: {a:18} | {b}")

readings = [3, 7, 7, 12, 9, 15, 15, 20]
deltas = [b - a for a, b in pairwise(readings)]
print("deltas:", deltas)
print("increases:", sum(d > 0 for d in deltas), "flat:", deltas.count(0))
print("turning points:", [i + 1 for i, (x, y) in enumerate(pairwise(deltas)) if x * y < 0])

route = ["AMS", "FRA", "VIE", "BUD", "OTP"]
legs = [f"{a}->{b}" for a, b in pairwise(route)]
print("legs:", legs, "pairwise of short:", list(pairwise("x")))

columns = [["id", 1, 2, 3], ["name", "ana", "ben"], ["score", 9.5, 7.25, 8.0, 6.5]]
for row in zip_longest(*columns, fillvalue=""):
    print(" | ".join(f"{str(c):>6}" for c in row))

def chunked(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return list(zip_longest(*args, fillvalue=fill))

print("chunked:", chunked("ABCDEFG", 3, "x"))
print("zip truncates:", list(zip("abc", range(10))), "longest:", list(zip_longest("ab", [1, 2, 3])))
