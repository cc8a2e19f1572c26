# Conway's Game of Life on a set of live cells; glider movement and blinker oscillation
from collections import Counter

def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live
                     for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))

def normalize(live):
    mx = min(x for x, _ in live)
    my = min(y for _, y in live)
    return frozenset((x - mx, y - my) for x, y in live)

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = set(glider)
for gen in range(5):
    print(f"generation {gen}:")
    print(render(state, 7, 6))
    state = step(state)

g = set(glider)
for _ in range(4):
    g = step(g)
print("glider after 4 gens same shape:", normalize(g) == normalize(glider))
print("displacement:", sorted(g)[0], "vs", sorted(glider)[0])

blinker = {(1, 0), (1, 1), (1, 2)}
print("blinker period 2:", step(step(blinker)) == blinker, step(blinker) != blinker)

r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
s = r_pentomino
pops = []
for _ in range(60):
    s = step(s)
    pops.append(len(s))
print("r-pentomino populations:", pops[::6])
