# Task scheduling with itertools.cycle, count and islice: round-robin worker assignment and ticket ids
from itertools import count, cycle, islice, repeat, chain

workers = ["ana", "ben", "chi"]
tickets = ["login bug", "slow page", "typo", "crash on save", "dark mode", "export csv", "404 on help"]

ids = count(1000, 7)
assignment = list(zip((f"T{next(ids)}" for _ in tickets), tickets, cycle(workers)))
for tid, title, who in assignment:
    print(f"{tid} {title:15} -> {who}")

load = {w: sum(1 for *_, who in assignment if who == w) for w in workers}
print("load:", load)

def roundrobin(*iterables):
    iterators = cycle(iter(it) for it in iterables)
    active = len(iterables)
    while active:
        try:
            for it in iterators:
                yield next(it)
        except StopIteration:
            active -= 1
            iterators = cycle(islice(iterators, active))

print("interleave:", list(roundrobin("ABC", "D", "EF")))
print("first 5 odd squares:", list(islice((n * n for n in count(1, 2)), 5)))
print("slice 10..20 step 3:", list(islice(count(), 10, 20, 3)))
print("repeat:", list(repeat("ping", 3)), list(map(pow, range(5), repeat(2))))
lights = cycle([("green", 3), ("yellow", 1), ("red", 2)])
timeline = list(islice(chain.from_iterable(repeat(c, n) for c, n in lights), 14))
print("traffic light per second:", timeline)
float_steps = list(islice(count(0.5, 0.25), 6))
print("float count:", float_steps)
